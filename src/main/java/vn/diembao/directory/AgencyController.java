package vn.diembao.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** “Cơ quan, đơn vị” for administrators: contacts, rename, merge with history, CSV. */
@Controller
@RequestMapping("/quan-tri/co-quan")
class AgencyController {

	private final AgencyAdministration agencies;

	AgencyController(AgencyAdministration agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", agencies.all());
		return "directory/agencies";
	}

	@GetMapping("/moi")
	String newAgency(Model model) {
		return form(model, null, new AgencyAdministration.AgencyForm("", "", "DEPARTMENT", "", "", "", "", "", null), Map.of());
	}

	@GetMapping("/{agencyId}")
	String edit(@PathVariable long agencyId, Model model) {
		var a = agencies.byId(agencyId).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan " + agencyId));
		return form(model, a, new AgencyAdministration.AgencyForm(a.code(), a.name(), a.kind(), a.email(), a.otherEmails(),
				a.headName(), a.headTitle(), a.headPhone(), a.parentId()), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute AgencyAdministration.AgencyForm form, Authentication auth, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			long id = agencies.create(form, auth.getName());
			flash.addFlashAttribute("message", "Đã thêm cơ quan " + form.name().trim() + ".");
			return "redirect:/quan-tri/co-quan/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, null, form, invalid.fields());
		}
	}

	@PostMapping("/{agencyId}")
	String update(@PathVariable long agencyId, @ModelAttribute AgencyAdministration.AgencyForm form, Authentication auth,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		try {
			agencies.update(agencyId, form, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu cơ quan.");
			return "redirect:/quan-tri/co-quan/" + agencyId;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, agencies.byId(agencyId).orElseThrow(), form, invalid.fields());
		}
	}

	@PostMapping("/{agencyId}/ngung-hoat-dong")
	String deactivate(@PathVariable long agencyId, Authentication auth, RedirectAttributes flash) {
		return act(agencyId, flash, "Đã ngừng hoạt động cơ quan.", () -> agencies.setActive(agencyId, false, auth.getName()));
	}

	@PostMapping("/{agencyId}/hoat-dong-lai")
	String activate(@PathVariable long agencyId, Authentication auth, RedirectAttributes flash) {
		return act(agencyId, flash, "Cơ quan đã hoạt động lại.", () -> agencies.setActive(agencyId, true, auth.getName()));
	}

	@PostMapping("/{agencyId}/sap-nhap")
	String merge(@PathVariable long agencyId, @RequestParam(required = false) Long intoId, Authentication auth,
			RedirectAttributes flash) {
		if (intoId == null) {
			flash.addFlashAttribute("error", "Hãy chọn cơ quan kế thừa.");
			return "redirect:/quan-tri/co-quan/" + agencyId;
		}
		return act(agencyId, flash, "Đã sáp nhập; các đề nghị đang mở đã chuyển sang cơ quan kế thừa.",
				() -> agencies.merge(agencyId, intoId, auth.getName()));
	}

	@GetMapping("/xuat-csv")
	ResponseEntity<String> exportCsv() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CsvTable.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"co-quan.csv\"")
			.body(agencies.exportCsv());
	}

	@PostMapping("/nhap-csv")
	String importCsv(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes flash) throws IOException {
		try {
			int count = agencies.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), auth.getName());
			flash.addFlashAttribute("message", "Đã nhập " + count + " cơ quan từ tệp CSV.");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:/quan-tri/co-quan";
	}

	private String act(long agencyId, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/quan-tri/co-quan/" + agencyId;
	}

	private String form(Model model, AgencyAdministration.AgencyRow agency, AgencyAdministration.AgencyForm form,
			Map<String, String> errors) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", java.util.List.of("DEPARTMENT", "COMMUNE", "DISTRICT", "OTHER"));
		model.addAttribute("all", agencies.all());
		model.addAttribute("history", agency == null ? java.util.List.of() : agencies.history(agency.id()));
		return "directory/agency-form";
	}
}
