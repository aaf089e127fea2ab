package vn.diembao.fakenews;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.casework.PressCases;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;

/** The fact-check desk (FACTCHECK) and the leader's approvals. */
@Controller
@RequestMapping("/tin-gia/quan-ly")
class FakeNewsDeskController {

	private final FakeNewsDesk desk;
	private final FakeNewsIntake intake;
	private final Agencies agencies;
	private final PressCases cases;

	FakeNewsDeskController(FakeNewsDesk desk, FakeNewsIntake intake, Agencies agencies, PressCases cases) {
		this.desk = desk;
		this.intake = intake;
		this.agencies = agencies;
		this.cases = cases;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reports", desk.reports());
		model.addAttribute("platforms", PublicFakeNewsController.PLATFORMS);
		return "fakenews/desk";
	}

	@PostMapping("/moi")
	String internalIntake(@RequestParam String claim, @RequestParam String platform, @RequestParam(required = false) String url,
			Authentication auth, RedirectAttributes flash) {
		try {
			var receipt = intake.fromOfficer(new ReportForm(claim, platform, url, null, null, false, null), List.of(), auth.getName());
			flash.addFlashAttribute("message", "Đã tiếp nhận phản ánh " + receipt.trackingCode()
					+ (receipt.merged() ? " (gộp với phản ánh đang xử lý)" : ""));
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:/tin-gia/quan-ly";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication auth, Model model) {
		FakeNewsReport report = desk.find(id).orElseThrow(() -> new ReportNotFoundException(id));
		model.addAttribute("report", report);
		model.addAttribute("step", desk.openStep(report).orElse(null));
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("contacts", desk.reporterContacts(id));
		model.addAttribute("files", desk.files(id));
		if (report.verificationCaseId() != null) {
			cases.find(report.verificationCaseId(), CurrentUser.of(auth)).ifPresent(c -> model.addAttribute("verification", c));
		}
		return "fakenews/desk-report";
	}

	@PostMapping("/{id:\\d+}/sang-loc")
	String screen(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
			@RequestParam(required = false) List<Long> agencyIds, Authentication auth, RedirectAttributes flash) {
		return act(id, flash, "Đã sàng lọc phản ánh.", () -> desk.screen(id, accept, reason, agencyIds, CurrentUser.of(auth)));
	}

	@PostMapping("/{id:\\d+}/de-xuat")
	String propose(@PathVariable long id, @RequestParam(required = false) Verdict verdict, @RequestParam String conclusion,
			@RequestParam(required = false) String sources, @RequestParam(required = false) String verifyingAgency,
			Authentication auth, RedirectAttributes flash) {
		return act(id, flash, "Đã gửi đề xuất kết luận để lãnh đạo phê duyệt.",
				() -> desk.propose(id, verdict, conclusion, sources, verifyingAgency, CurrentUser.of(auth)));
	}

	@PostMapping("/{id:\\d+}/phe-duyet")
	String decide(@PathVariable long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
			Authentication auth, RedirectAttributes flash) {
		return act(id, flash, approved ? "Đã phê duyệt và công bố kết luận." : "Đã trả lại đề xuất.",
				() -> desk.decide(id, approved, comment, CurrentUser.of(auth)));
	}

	@PostMapping("/{id:\\d+}/cong-an")
	String police(@PathVariable long id, @RequestParam String documentNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			Authentication auth, RedirectAttributes flash) {
		return act(id, flash, "Đã ghi nhận việc chuyển cơ quan công an.",
				() -> desk.recordPoliceReferral(id, documentNumber, documentDate, CurrentUser.of(auth)));
	}

	private String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException problem) {
			flash.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/tin-gia/quan-ly/" + id;
	}
}
