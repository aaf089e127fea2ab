package vn.diembao.triage;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;

@Controller
@RequestMapping("/tiep-nhan")
class TriageController {

	private final Inbox inbox;
	private final Agencies agencies;
	private final PressCases cases;

	TriageController(Inbox inbox, Agencies agencies, PressCases cases) {
		this.inbox = inbox;
		this.agencies = agencies;
		this.cases = cases;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("items", inbox.relevant(!all));
		model.addAttribute("all", all);
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("severities", cases.workingDaysBySeverity());
		return "triage/inbox";
	}

	@PostMapping("/{articleId}/xac-nhan")
	String confirm(@PathVariable long articleId, @RequestParam int version, Authentication auth, RedirectAttributes flash) {
		return decide(articleId, version, "TRIAGED", "Đã xác nhận tin bài.", auth, flash);
	}

	@PostMapping("/{articleId}/bo-qua")
	String dismiss(@PathVariable long articleId, @RequestParam int version, Authentication auth, RedirectAttributes flash) {
		return decide(articleId, version, "DISMISSED", "Đã bỏ qua tin bài.", auth, flash);
	}

	/** “Cần phản hồi”: mark the article and ask the chosen agencies to verify and answer it. */
	@PostMapping("/{articleId}/can-phan-hoi")
	String openCase(@PathVariable long articleId, @RequestParam(required = false) List<Long> agencyIds,
			@RequestParam String issue, @RequestParam(defaultValue = "NORMAL") Severity severity, Authentication auth,
			RedirectAttributes flash) {
		CurrentUser officer = CurrentUser.of(auth);
		InboxItem item = inbox.find(articleId).orElseThrow(() -> new ArticleNotInInboxException(articleId));
		if (item.caseId() != null) {
			flash.addFlashAttribute("message", "Tin bài này đã có hồ sơ phản hồi.");
			return "redirect:/ho-so/" + item.caseId();
		}
		try {
			long caseId = cases.open(new OpenCaseCommand(articleId, item.title(), item.url(), item.outletName(), issue,
					agencyIds, severity), officer);
			inbox.markNeedsResponse(item, officer.username());
			flash.addFlashAttribute("message", "Đã mở hồ sơ và gửi đề nghị xác minh, phản hồi.");
			return "redirect:/ho-so/" + caseId;
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
			return "redirect:/tiep-nhan";
		}
	}

	private String decide(long articleId, int version, String status, String done, Authentication auth,
			RedirectAttributes flash) {
		if (inbox.decide(articleId, version, status, CurrentUser.of(auth).username())) {
			flash.addFlashAttribute("message", done);
		}
		else {
			flash.addFlashAttribute("error", "Tin bài vừa được người khác xử lý; danh sách đã được cập nhật.");
		}
		return "redirect:/tiep-nhan";
	}
}
