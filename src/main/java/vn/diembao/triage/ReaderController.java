package vn.diembao.triage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.ingest.Articles;
import vn.diembao.ingest.Evidence;

/** The article reader and “Tạo yêu cầu phản hồi”: read the article safely, then ask agencies to verify and answer. */
@Controller
@RequestMapping("/tiep-nhan")
class ReaderController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Inbox inbox;
	private final Articles articles;
	private final Agencies agencies;
	private final PressCases cases;
	private final TriageDecisions decisions;
	private final ClassifiedArticles classified;
	private final Evidence evidence;

	ReaderController(Inbox inbox, Articles articles, Agencies agencies, PressCases cases, TriageDecisions decisions,
			ClassifiedArticles classified, Evidence evidence) {
		this.classified = classified;
		this.evidence = evidence;
		this.inbox = inbox;
		this.articles = articles;
		this.agencies = agencies;
		this.cases = cases;
		this.decisions = decisions;
	}

	@GetMapping("/bai/{articleId}")
	String read(@PathVariable long articleId, Model model) {
		InboxItem item = inbox.find(articleId).orElseThrow(() -> new ArticleNotInInboxException(articleId));
		var article = articles.find(articleId);
		model.addAttribute("item", item);
		model.addAttribute("author", article.map(a -> a.author()).orElse(null));
		model.addAttribute("body", ArticleReader.safeHtml(article.map(a -> a.body()).orElse("")));
		model.addAttribute("reasons", item.reasons().isBlank() ? List.of() : List.of(item.reasons().split("\n")));
		model.addAttribute("story", inbox.sameStory(item));
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("hasSnapshot", evidence.snapshot(articleId).isPresent());
		model.addAttribute("suggestedAgencyIds", suggestedAgencyIds(articleId));
		model.addAttribute("severities", cases.workingDaysBySeverity());
		model.addAttribute("draft", draft(item));
		return "triage/reader";
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
			decisions.markNeedsResponse(articleId, officer.username());
			flash.addFlashAttribute("message", "Đã mở hồ sơ và gửi đề nghị xác minh, phản hồi.");
			return "redirect:/ho-so/" + caseId;
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
			return "redirect:/tiep-nhan/bai/" + articleId;
		}
	}

	/** The classifier's suggested agencies (top three) that the directory knows, pre-selected in the case form. */
	private Set<Long> suggestedAgencyIds(long articleId) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String code : classified.suggestedAgencies(articleId)) {
			agencies.byCode(code).ifPresent(agency -> ids.add(agency.id()));
		}
		return ids;
	}

	/** The request text an officer usually writes, drafted from the article; the officer edits it. */
	static String draft(InboxItem item) {
		String date = item.publishedAt() == null ? "" : " ngày " + DATE.format(item.publishedAt());
		String lead = item.lead() == null || item.lead().isBlank() ? "" : " phản ánh: " + item.lead().strip();
		return item.outletName() + date + " đăng bài “" + item.title() + "”" + lead
				+ "\nĐề nghị cơ quan, đơn vị kiểm tra, xác minh nội dung phản ánh và báo cáo kết quả, phản hồi thông tin.";
	}
}
