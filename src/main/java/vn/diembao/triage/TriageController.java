package vn.diembao.triage;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.directory.CurrentUser;

/**
 * The officer's inbox: filter, search, page, and decide on one or many stories. Requests from htmx get the list
 * fragment back, so a decision never reloads the page.
 */
@Controller
@RequestMapping("/tiep-nhan")
class TriageController {

	private static final String LIST_FRAGMENT = "triage/inbox :: list";

	private final InboxSearch search;
	private final TriageDecisions decisions;
	private final SavedFilters savedFilters;

	TriageController(InboxSearch search, TriageDecisions decisions, SavedFilters savedFilters) {
		this.search = search;
		this.decisions = decisions;
		this.savedFilters = savedFilters;
	}

	@GetMapping
	String inbox(@ModelAttribute("filter") InboxFilter filter, Authentication auth,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		list(filter, auth, model);
		if (htmx != null) {
			return LIST_FRAGMENT;
		}
		model.addAttribute("outlets", search.outlets());
		model.addAttribute("tones", Tone.values());
		model.addAttribute("topics", Topic.values());
		return "triage/inbox";
	}

	/** A decision on the checked rows (or, from the keyboard, on the current one). */
	@PostMapping("/hang-loat")
	String bulk(@ModelAttribute("filter") InboxFilter filter, @RequestParam TriageAction action,
			@RequestParam(required = false) String newTone, @RequestParam(required = false) String newTopic,
			@RequestParam(name = "refs", required = false) List<String> refs, Authentication auth,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes flash) {
		List<TriageDecisions.ItemRef> items = TriageDecisions.ItemRef.parse(refs);
		String message = null;
		String error;
		if (items.isEmpty()) {
			error = "Chưa chọn tin, bài nào (phím x để chọn).";
		}
		else {
			try {
				TriageOutcome outcome = decisions.apply(action, action == TriageAction.TOPIC ? newTopic : newTone, items,
						CurrentUser.of(auth).username());
				message = outcome.message();
				error = outcome.conflictMessage();
			}
			catch (IllegalArgumentException | NullPointerException invalid) {
				error = "Chưa chọn giá trị mới cho tin, bài.";
			}
		}
		if (htmx == null) {
			flash.addFlashAttribute("message", message);
			flash.addFlashAttribute("error", error);
			return "redirect:/tiep-nhan?" + filter.queryString();
		}
		model.addAttribute("message", message);
		model.addAttribute("error", error);
		list(filter, auth, model);
		return LIST_FRAGMENT;
	}

	@PostMapping("/{articleId}/xac-nhan")
	String confirm(@PathVariable long articleId, @RequestParam int version, Authentication auth, RedirectAttributes flash) {
		return decide(articleId, version, TriageAction.CONFIRM, auth, flash);
	}

	@PostMapping("/{articleId}/bo-qua")
	String dismiss(@PathVariable long articleId, @RequestParam int version, Authentication auth, RedirectAttributes flash) {
		return decide(articleId, version, TriageAction.DISMISS, auth, flash);
	}

	@PostMapping("/bo-loc")
	String saveFilter(@RequestParam String name, @RequestParam(defaultValue = "") String query, Authentication auth,
			RedirectAttributes flash) {
		try {
			savedFilters.save(CurrentUser.of(auth).username(), name, query);
			flash.addFlashAttribute("message", "Đã lưu bộ lọc “" + name.strip() + "”.");
			return "redirect:/tiep-nhan" + (query.isBlank() ? "" : "?" + query);
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
			return "redirect:/tiep-nhan";
		}
	}

	@PostMapping("/bo-loc/{id}/xoa")
	String deleteFilter(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
		savedFilters.delete(CurrentUser.of(auth).username(), id);
		flash.addFlashAttribute("message", "Đã xóa bộ lọc.");
		return "redirect:/tiep-nhan";
	}

	private void list(InboxFilter filter, Authentication auth, Model model) {
		model.addAttribute("inbox", search.page(filter));
		model.addAttribute("savedFilters", savedFilters.of(CurrentUser.of(auth).username()));
		model.addAttribute("query", filter.queryString());
	}

	private String decide(long articleId, int version, TriageAction action, Authentication auth,
			RedirectAttributes flash) {
		TriageOutcome outcome = decisions.apply(action, null, List.of(new TriageDecisions.ItemRef(articleId, version)),
				CurrentUser.of(auth).username());
		if (outcome.conflicts().isEmpty()) {
			flash.addFlashAttribute("message", outcome.message());
		}
		else {
			flash.addFlashAttribute("error", "Tin bài vừa được người khác xử lý; danh sách đã được cập nhật.");
		}
		return "redirect:/tiep-nhan";
	}
}
