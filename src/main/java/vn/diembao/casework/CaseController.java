package vn.diembao.casework;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.CurrentUser;

@Controller
@RequestMapping("/ho-so")
class CaseController {

	private final PressCases cases;
	private final CaseReview review;

	CaseController(PressCases cases, CaseReview review) {
		this.cases = cases;
		this.review = review;
	}

	@GetMapping
	String list(Authentication auth, Model model) {
		model.addAttribute("cases", cases.list(CurrentUser.of(auth)));
		return "casework/cases";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Authentication auth, Model model) {
		model.addAttribute("case", cases.find(id, CurrentUser.of(auth))
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + id)));
		return "casework/case";
	}

	@PostMapping("/tham-dinh/{taskId}")
	String review(@PathVariable String taskId, @RequestParam boolean accepted, @RequestParam(required = false) String comment,
			@RequestParam long caseId, Authentication auth, RedirectAttributes flash) {
		try {
			review.review(taskId, accepted, comment, CurrentUser.of(auth));
			flash.addFlashAttribute("message", accepted ? "Đã chấp nhận phản hồi." : "Đã trả lại phản hồi để cơ quan bổ sung.");
		}
		catch (IllegalArgumentException | CaseNotFoundException problem) {
			flash.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/ho-so/" + caseId;
	}
}
