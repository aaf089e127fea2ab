package vn.diembao.classify;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “Phân loại lại theo kỳ” for administrators, with a progress bar that refreshes itself (htmx). */
@Controller
@RequestMapping("/quan-tri/phan-loai-lai")
class ReclassificationController {

	private final Reclassification reclassification;

	ReclassificationController(Reclassification reclassification) {
		this.reclassification = reclassification;
	}

	@GetMapping
	String page(Model model) {
		LocalDate today = LocalDate.now(Reclassification.VIETNAM);
		model.addAttribute("from", today.withDayOfMonth(1));
		model.addAttribute("to", today);
		model.addAttribute("progress", reclassification.progress().orElse(null));
		return "classify/reclassify";
	}

	@GetMapping("/tien-do")
	String progress(Model model) {
		model.addAttribute("progress", reclassification.progress().orElse(null));
		return "classify/reclassify :: progress";
	}

	@PostMapping
	String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication auth,
			RedirectAttributes flash) {
		try {
			var started = reclassification.start(from, to, auth.getName());
			flash.addFlashAttribute("message", "Bắt đầu phân loại lại " + started.total() + " tin bài.");
		}
		catch (IllegalArgumentException refused) {
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/quan-tri/phan-loai-lai";
	}
}
