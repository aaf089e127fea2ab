package vn.diembao.sites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;

/**
 * “Trang thông tin điện tử”: the compliance matrix, one site's history, the XLSX export, the registry and the
 * checks. Officers, leaders and administrators read; officers and administrators change (see SecurityConfiguration).
 */
@Controller
class SitesController {

	private final ComplianceReports reports;
	private final ComplianceWorkbook workbook;
	private final SiteCompliance compliance;
	private final SiteRegistry registry;
	private final SiteChecks checks;
	private final SiteMonitor monitor;
	private final Agencies agencies;

	SitesController(ComplianceReports reports, ComplianceWorkbook workbook, SiteCompliance compliance, SiteRegistry registry,
			SiteChecks checks, SiteMonitor monitor, Agencies agencies) {
		this.reports = reports;
		this.workbook = workbook;
		this.compliance = compliance;
		this.registry = registry;
		this.checks = checks;
		this.monitor = monitor;
		this.agencies = agencies;
	}

	@GetMapping("/trang-tin")
	String matrix(@RequestParam(name = "cap", required = false) String level, Model model) {
		SiteLevel selected = level == null || level.isBlank() ? null : SiteLevel.parse(level).orElse(null);
		model.addAttribute("matrix", reports.matrix(selected));
		model.addAttribute("selectedLevel", selected);
		model.addAttribute("levels", SiteLevel.values());
		model.addAttribute("sentence", compliance.bannerSentence(YearMonth.now(SiteClock.ZONE)));
		return "sites/compliance";
	}

	@GetMapping("/trang-tin/{id:\\d+}")
	String site(@PathVariable long id, Model model) {
		model.addAttribute("detail", reports.detail(id, LocalDate.now(SiteClock.ZONE)));
		return "sites/site";
	}

	@PostMapping("/trang-tin/{id:\\d+}/kiem-tra-ngay")
	String checkNow(@PathVariable long id, RedirectAttributes flash) {
		List<Outcome> outcomes = monitor.check(id, Instant.now());
		long red = outcomes.stream().filter(o -> o.status() == CheckStatus.RED).count();
		flash.addFlashAttribute("message", "Đã kiểm tra " + outcomes.size() + " nội dung, " + red + " nội dung không đạt.");
		return "redirect:/trang-tin/" + id;
	}

	@GetMapping("/trang-tin/xuat-excel")
	ResponseEntity<byte[]> export(@RequestParam(name = "cap", required = false) String level) {
		SiteLevel selected = level == null || level.isBlank() ? null : SiteLevel.parse(level).orElse(null);
		byte[] xlsx = workbook.write(reports.matrix(selected), compliance.bannerSentence(YearMonth.now(SiteClock.ZONE)));
		String name = "tuan-thu-trang-tin-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(SiteClock.ZONE)) + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(xlsx);
	}

	@GetMapping("/trang-tin/danh-sach")
	String registry(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SiteForm("", "", "DEPARTMENT", "", ""));
		}
		model.addAttribute("sites", registry.all());
		model.addAttribute("levels", SiteLevel.values());
		model.addAttribute("agencies", agencies.active());
		return "sites/registry";
	}

	@PostMapping("/trang-tin/danh-sach")
	String save(@ModelAttribute SiteForm form, Authentication authentication, RedirectAttributes flash) {
		try {
			Website site = registry.save(form, CurrentUser.of(authentication));
			flash.addFlashAttribute("message", "Đã lưu trang " + site.name() + " (" + site.url() + ").");
		}
		catch (InvalidSiteException e) {
			flash.addFlashAttribute("form", form);
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/trang-tin/danh-sach";
	}

	@PostMapping("/trang-tin/danh-sach/nhap")
	String importCsv(@RequestParam("file") MultipartFile file, Authentication authentication, RedirectAttributes flash)
			throws IOException {
		if (file.isEmpty()) {
			flash.addFlashAttribute("error", "Chưa chọn tệp CSV.");
			return "redirect:/trang-tin/danh-sach";
		}
		SiteRegistry.ImportResult result = registry.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8),
				CurrentUser.of(authentication));
		flash.addFlashAttribute("message", "Đã nhập " + result.saved() + " trang.");
		if (!result.errors().isEmpty()) {
			flash.addFlashAttribute("error", "Chưa nhập được " + result.errors().size() + " dòng: " + String.join("; ", result.errors()));
		}
		return "redirect:/trang-tin/danh-sach";
	}

	@PostMapping("/trang-tin/{id:\\d+}/bat")
	String enable(@PathVariable long id, Authentication authentication, RedirectAttributes flash) {
		registry.setActive(id, true, CurrentUser.of(authentication));
		flash.addFlashAttribute("message", "Đã bật theo dõi trang.");
		return "redirect:/trang-tin/danh-sach";
	}

	@PostMapping("/trang-tin/{id:\\d+}/tat")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes flash) {
		registry.setActive(id, false, CurrentUser.of(authentication));
		flash.addFlashAttribute("message", "Đã ngừng theo dõi trang.");
		return "redirect:/trang-tin/danh-sach";
	}

	@GetMapping("/trang-tin/kiem-tra")
	String checks(Model model) {
		if (!model.containsAttribute("checkForm")) {
			model.addAttribute("checkForm", new CheckForm("", "", "SECTION", "", null, null, null, List.of()));
		}
		model.addAttribute("checks", checks.all());
		model.addAttribute("kinds", CheckKind.values());
		model.addAttribute("levels", SiteLevel.values());
		return "sites/checks";
	}

	@PostMapping("/trang-tin/kiem-tra")
	String saveCheck(@ModelAttribute("checkForm") CheckForm form, Authentication authentication, RedirectAttributes flash) {
		try {
			SiteCheck check = checks.save(form, CurrentUser.of(authentication));
			flash.addFlashAttribute("message", "Đã lưu kiểm tra “" + check.label() + "”.");
		}
		catch (InvalidSiteException e) {
			flash.addFlashAttribute("checkForm", form);
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/trang-tin/kiem-tra";
	}

	@PostMapping("/trang-tin/kiem-tra/{checkId:\\d+}/{action:bat|tat}")
	String toggleCheck(@PathVariable long checkId, @PathVariable String action, Authentication authentication,
			RedirectAttributes flash) {
		try {
			checks.setEnabled(checkId, action.equals("bat"), CurrentUser.of(authentication));
			flash.addFlashAttribute("message", action.equals("bat") ? "Đã bật kiểm tra." : "Đã tắt kiểm tra.");
		}
		catch (InvalidSiteException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/trang-tin/kiem-tra";
	}
}
