package vn.diembao.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “Cơ quan báo chí và phóng viên thường trú” for administrators. */
@Controller
@RequestMapping("/quan-tri/co-quan-bao-chi")
class OutletController {

	private static final String BASE = "/quan-tri/co-quan-bao-chi";

	private final OutletAdministration outlets;
	private final Outlets registry;

	OutletController(OutletAdministration outlets, Outlets registry) {
		this.outlets = outlets;
		this.registry = registry;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("outlets", outlets.all());
		model.addAttribute("registry", registry.reporterRegistry(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
		return "directory/outlets";
	}

	@GetMapping("/moi")
	String newOutlet(Model model) {
		return outletForm(model, null, new OutletAdministration.OutletForm("", "", "online", "", "", "", "", "", false), Map.of());
	}

	@GetMapping("/{outletId}")
	String edit(@PathVariable long outletId, Model model) {
		var o = outlets.byId(outletId).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan báo chí " + outletId));
		return outletForm(model, o, new OutletAdministration.OutletForm(o.name(), o.domain(), o.type(), o.otherDomains(),
				o.licenceNumber(), o.licenceScope(), o.officeAddress(), o.officePhone(), o.inProvince()), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute OutletAdministration.OutletForm form, Authentication auth, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			long id = outlets.create(form, auth.getName());
			flash.addFlashAttribute("message", "Đã thêm cơ quan báo chí " + form.name().trim() + ".");
			return "redirect:" + BASE + "/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return outletForm(model, null, form, invalid.fields());
		}
	}

	@PostMapping("/{outletId}")
	String update(@PathVariable long outletId, @ModelAttribute OutletAdministration.OutletForm form, Authentication auth,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			outlets.update(outletId, form, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu cơ quan báo chí.");
			return "redirect:" + BASE + "/" + outletId;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return outletForm(model, outlets.byId(outletId).orElseThrow(), form, invalid.fields());
		}
	}

	@PostMapping("/{outletId}/phong-vien")
	String addReporter(@PathVariable long outletId, @ModelAttribute OutletAdministration.ReporterForm form,
			Authentication auth, Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			outlets.addReporter(outletId, form, auth.getName());
			flash.addFlashAttribute("message", "Đã đăng ký phóng viên " + form.fullName().trim() + ".");
			return "redirect:" + BASE + "/" + outletId;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			var o = outlets.byId(outletId).orElseThrow();
			outletForm(model, o, new OutletAdministration.OutletForm(o.name(), o.domain(), o.type(), o.otherDomains(),
					o.licenceNumber(), o.licenceScope(), o.officeAddress(), o.officePhone(), o.inProvince()), Map.of());
			model.addAttribute("reporterForm", form);
			model.addAttribute("reporterErrors", invalid.fields());
			return "directory/outlet-form";
		}
	}

	@GetMapping("/phong-vien/{reporterId}")
	String editReporter(@PathVariable long reporterId, Model model) {
		var r = outlets.reporter(reporterId).orElseThrow(() -> new RecordNotFoundException("Không có phóng viên " + reporterId));
		return reporterForm(model, r, new OutletAdministration.ReporterForm(r.fullName(), r.pressCardNumber(), r.cardValidTo(),
				r.registeredFrom(), r.registeredTo(), r.phone(), r.email(), r.active()), Map.of());
	}

	@PostMapping("/phong-vien/{reporterId}")
	String updateReporter(@PathVariable long reporterId, @ModelAttribute OutletAdministration.ReporterForm form,
			Authentication auth, Model model, RedirectAttributes flash, HttpServletResponse response) {
		var r = outlets.reporter(reporterId).orElseThrow(() -> new RecordNotFoundException("Không có phóng viên " + reporterId));
		try {
			outlets.updateReporter(reporterId, form, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu phóng viên " + form.fullName().trim() + ".");
			return "redirect:" + BASE + "/" + r.outletId();
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return reporterForm(model, r, form, invalid.fields());
		}
	}

	@GetMapping("/xuat-csv")
	ResponseEntity<String> exportOutlets() {
		return csv("co-quan-bao-chi.csv", outlets.exportOutletsCsv());
	}

	@GetMapping("/phong-vien/xuat-csv")
	ResponseEntity<String> exportReporters() {
		return csv("phong-vien-thuong-tru.csv", outlets.exportReportersCsv());
	}

	@PostMapping("/nhap-csv")
	String importOutlets(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes flash) throws IOException {
		try {
			int count = outlets.importOutletsCsv(new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName());
			flash.addFlashAttribute("message", "Đã nhập " + count + " cơ quan báo chí từ tệp CSV.");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:" + BASE;
	}

	@PostMapping("/phong-vien/nhap-csv")
	String importReporters(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes flash) throws IOException {
		try {
			int count = outlets.importReportersCsv(new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName());
			flash.addFlashAttribute("message", "Đã nhập " + count + " phóng viên từ tệp CSV.");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:" + BASE;
	}

	private static ResponseEntity<String> csv(String filename, String body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CsvTable.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

	private String outletForm(Model model, OutletAdministration.OutletRow outlet, OutletAdministration.OutletForm form,
			Map<String, String> errors) {
		model.addAttribute("outlet", outlet);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", OutletAdministration.TYPES);
		model.addAttribute("reporters", outlet == null ? java.util.List.of() : outlets.reporters(outlet.id()));
		model.addAttribute("reporterForm", new OutletAdministration.ReporterForm("", "", null, null, null, "", "", true));
		model.addAttribute("reporterErrors", Map.of());
		return "directory/outlet-form";
	}

	private String reporterForm(Model model, OutletAdministration.ReporterRow reporter, OutletAdministration.ReporterForm form,
			Map<String, String> errors) {
		model.addAttribute("reporter", reporter);
		model.addAttribute("reporterForm", form);
		model.addAttribute("reporterErrors", errors);
		return "directory/reporter-form";
	}
}
