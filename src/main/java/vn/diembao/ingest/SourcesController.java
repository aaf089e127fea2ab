package vn.diembao.ingest;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “Nguồn thu thập”: each source's health and a manual “fetch now”. */
@Controller
class SourcesController {

	private final Sources sources;

	SourcesController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping("/nguon")
	String list(Model model) {
		model.addAttribute("sources", sources.list());
		return "ingest/sources";
	}

	@PostMapping("/nguon/{id}/thu-ngay")
	String pollNow(@PathVariable long id, RedirectAttributes flash) {
		PollResult result = sources.pollNow(id);
		if (result.succeeded()) {
			flash.addFlashAttribute("message", "Đã thu thập: " + result.itemsSeen() + " mục mới trong nguồn, "
					+ result.newArticles() + " bài mới, " + result.failedItems() + " bài lỗi.");
		}
		else {
			flash.addFlashAttribute("error", "Thu thập lỗi: " + result.error());
		}
		return "redirect:/nguon";
	}

	@GetMapping("/api/v1/sources")
	@ResponseBody
	List<SourceView> api() {
		return sources.list();
	}
}
