package vn.diembao.bulletin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Curation and approval. Every action is a plain form post answered by a redirect to the curation page; htmx
 * (hx-boost with hx-select) swaps only the item list, so the page works with and without scripts.
 */
@Controller
@RequestMapping("/diem-bao/{id}")
class CurationController {

	private final Bulletins bulletins;
	private final BulletinRecords records;
	private final Curation curation;
	private final BulletinWorkflow workflow;
	private final Editions editions;

	CurationController(Bulletins bulletins, BulletinRecords records, Curation curation, BulletinWorkflow workflow,
			Editions editions) {
		this.bulletins = bulletins;
		this.records = records;
		this.curation = curation;
		this.workflow = workflow;
		this.editions = editions;
	}

	@GetMapping("/bien-tap")
	String page(@PathVariable long id, Model model) {
		Edition edition = editions.of(id);
		model.addAttribute("edition", edition);
		model.addAttribute("sections", Section.values());
		model.addAttribute("task", workflow.openTask(id).map(t -> t.getTaskDefinitionKey()).orElse(""));
		model.addAttribute("candidates", edition.bulletin().isEditable() ? curation.candidates(edition.bulletin()) : java.util.List.of());
		return "bulletin/curate";
	}

	@PostMapping("/muc/{itemId}/len")
	String up(@PathVariable long id, @PathVariable long itemId) {
		curation.move(id, itemId, -1);
		return back(id);
	}

	@PostMapping("/muc/{itemId}/xuong")
	String down(@PathVariable long id, @PathVariable long itemId) {
		curation.move(id, itemId, 1);
		return back(id);
	}

	@PostMapping("/muc/{itemId}/xoa")
	String remove(@PathVariable long id, @PathVariable long itemId) {
		curation.remove(id, itemId);
		return back(id);
	}

	@PostMapping("/muc/{itemId}/chuyen-muc")
	String section(@PathVariable long id, @PathVariable long itemId, @RequestParam Section section) {
		curation.moveToSection(id, itemId, section);
		return back(id);
	}

	@PostMapping("/muc/{itemId}/tom-tat")
	String summary(@PathVariable long id, @PathVariable long itemId, @RequestParam String summary) {
		curation.editSummary(id, itemId, summary);
		return back(id);
	}

	@PostMapping("/them")
	String add(@PathVariable long id, @RequestParam long articleId) {
		curation.add(id, articleId);
		return back(id);
	}

	@PostMapping("/ghi-chu")
	String note(@PathVariable long id, @RequestParam String note) {
		curation.editNote(id, note);
		return back(id);
	}

	@PostMapping("/trinh-duyet")
	String submit(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		workflow.submit(id, BulletinController.actor(authentication));
		redirect.addFlashAttribute("message", records.find(id).orElseThrow().isPublished() ? "Đã phát hành" : "Đã trình lãnh đạo duyệt");
		return back(id);
	}

	@PostMapping("/duyet")
	String approve(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		workflow.approve(id, BulletinController.actor(authentication));
		redirect.addFlashAttribute("message", "Đã duyệt và phát hành " + bulletins.get(id).numberLabel());
		return back(id);
	}

	@PostMapping("/tra-lai")
	String returnForChanges(@PathVariable long id, @RequestParam String comment, Authentication authentication,
			RedirectAttributes redirect) {
		workflow.returnForChanges(id, comment, BulletinController.actor(authentication));
		redirect.addFlashAttribute("message", "Đã trả lại để biên tập");
		return back(id);
	}

	@PostMapping("/dinh-chinh")
	String correct(@PathVariable long id, @RequestParam String note, Authentication authentication) {
		long revision = workflow.correct(id, note, BulletinController.actor(authentication));
		return back(revision);
	}

	@ExceptionHandler({ IllegalStateException.class, IllegalArgumentException.class })
	String refused(RuntimeException e, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", e.getMessage());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String id = path.split("/")[2];
		return "redirect:/diem-bao/" + id + "/bien-tap";
	}

	private static String back(long id) {
		return "redirect:/diem-bao/" + id + "/bien-tap";
	}
}
