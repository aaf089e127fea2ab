package vn.diembao.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;

@Controller
@RequestMapping("/ho-so")
class CaseController {

	private final PressCases cases;
	private final CaseDecisions decisions;
	private final CaseFiles files;
	private final Agencies agencies;
	private final CaseDiagram diagram;

	CaseController(PressCases cases, CaseDecisions decisions, CaseFiles files, Agencies agencies, CaseDiagram diagram) {
		this.cases = cases;
		this.decisions = decisions;
		this.files = files;
		this.agencies = agencies;
		this.diagram = diagram;
	}

	@GetMapping
	String list(Authentication auth, Model model) {
		model.addAttribute("cases", cases.list(CurrentUser.of(auth)));
		return "casework/cases";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication auth, Model model) {
		CurrentUser user = CurrentUser.of(auth);
		model.addAttribute("case", cases.find(id, user)
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + id)));
		model.addAttribute("agencies", agencies.active());
		diagram.position(id, user).ifPresent(position -> model.addAttribute("position", position));
		return "casework/case";
	}

	/** The BPMN model the case runs on; the page's viewer marks the current and completed steps. */
	@GetMapping(value = "/{id:\\d+}/quy-trinh.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	String processModel(@PathVariable long id, Authentication auth) {
		var position = diagram.position(id, CurrentUser.of(auth))
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + id));
		return diagram.bpmnXml(position.processDefinitionId());
	}

	/** A case for an item seen in print, on TV or social media, not collected by the system. */
	@GetMapping("/moi")
	String newCase(Model model) {
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("severities", cases.workingDaysBySeverity());
		return "casework/new-case";
	}

	@PostMapping("/moi")
	String openCase(@RequestParam String articleTitle, @RequestParam(required = false) String articleUrl,
			@RequestParam(required = false) String outletName, @RequestParam String sourceReference,
			@RequestParam String issue, @RequestParam(required = false) List<Long> agencyIds,
			@RequestParam(required = false) Long leadAgencyId, @RequestParam(defaultValue = "NORMAL") Severity severity,
			Authentication auth, RedirectAttributes flash) {
		try {
			long id = cases.open(new OpenCaseCommand(null, articleTitle, articleUrl, outletName, issue, agencyIds, severity,
					leadAgencyId, sourceReference), CurrentUser.of(auth));
			flash.addFlashAttribute("message", "Đã mở hồ sơ và gửi đề nghị xác minh, phản hồi.");
			return "redirect:/ho-so/" + id;
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
			return "redirect:/ho-so/moi";
		}
	}

	@PostMapping("/tham-dinh/{taskId}")
	String review(@PathVariable String taskId, @RequestParam boolean accepted, @RequestParam(required = false) String comment,
			@RequestParam long caseId, Authentication auth, RedirectAttributes flash) {
		return act(caseId, flash, accepted ? "Đã chấp nhận phản hồi." : "Đã trả lại phản hồi để cơ quan bổ sung.",
				() -> decisions.review(taskId, accepted, comment, CurrentUser.of(auth)));
	}

	@PostMapping("/gia-han/{taskId}")
	String decideExtension(@PathVariable String taskId, @RequestParam boolean approved,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline,
			@RequestParam(required = false) String note, @RequestParam long caseId, Authentication auth,
			RedirectAttributes flash) {
		return act(caseId, flash, approved ? "Đã đồng ý gia hạn." : "Đã không đồng ý gia hạn.",
				() -> decisions.decideExtension(taskId, approved, newDeadline, note, CurrentUser.of(auth)));
	}

	@PostMapping("/chuyen-co-quan/{taskId}")
	String decideReassignment(@PathVariable String taskId, @RequestParam boolean approved,
			@RequestParam(required = false) String note, @RequestParam long caseId, Authentication auth,
			RedirectAttributes flash) {
		return act(caseId, flash, approved ? "Đã chuyển đề nghị sang cơ quan khác." : "Đã giữ đề nghị với cơ quan hiện tại.",
				() -> decisions.decideReassignment(taskId, approved, note, CurrentUser.of(auth)));
	}

	@PostMapping("/{id:\\d+}/mo-lai")
	String reopen(@PathVariable long id, @RequestParam(required = false) List<Long> agencyIds, @RequestParam String reason,
			Authentication auth, RedirectAttributes flash) {
		return act(id, flash, "Đã mở lại hồ sơ.", () -> cases.reopen(id, agencyIds, reason, CurrentUser.of(auth)));
	}

	@PostMapping("/{id:\\d+}/da-phan-hoi-bao")
	String outletInformed(@PathVariable long id, @RequestParam(required = false) String followupUrl, Authentication auth,
			RedirectAttributes flash) {
		return act(id, flash, "Đã ghi nhận việc phản hồi cơ quan báo chí.",
				() -> cases.recordOutletInformed(id, followupUrl, CurrentUser.of(auth)));
	}

	@GetMapping("/qua-han")
	String overdue(Model model) {
		model.addAttribute("overdue", cases.overdue());
		model.addAttribute("loads", cases.agencyLoads());
		return "casework/overview";
	}

	@GetMapping("/tep/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, Authentication auth) {
		var file = files.attachment(id, CurrentUser.of(auth));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String act(long caseId, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException | CaseNotFoundException problem) {
			flash.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/ho-so/" + caseId;
	}
}
