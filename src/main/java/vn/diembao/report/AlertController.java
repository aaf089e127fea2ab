package vn.diembao.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recent alerts, and the watch list officers and administrators keep. */
@Controller
@RequestMapping("/bao-cao/canh-bao")
class AlertController {

	private final Alerts alerts;
	private final WatchList watchList;
	private final AlertProperties properties;

	AlertController(Alerts alerts, WatchList watchList, AlertProperties properties) {
		this.alerts = alerts;
		this.watchList = watchList;
		this.properties = properties;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("alerts", alerts.latest(100));
		model.addAttribute("terms", watchList.all());
		model.addAttribute("kinds", WatchList.Kind.values());
		model.addAttribute("settings", properties);
		return "report/alerts";
	}

	@PostMapping("/theo-doi")
	String add(@RequestParam String term, @RequestParam(required = false) WatchList.Kind kind, Authentication auth,
			RedirectAttributes redirect) {
		try {
			watchList.add(term, kind, auth.getName());
			redirect.addFlashAttribute("message", "Đã thêm “" + term.strip() + "” vào danh sách theo dõi");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/bao-cao/canh-bao";
	}

	@PostMapping("/theo-doi/{id}/xoa")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		watchList.remove(id);
		redirect.addFlashAttribute("message", "Đã bỏ khỏi danh sách theo dõi");
		return "redirect:/bao-cao/canh-bao";
	}
}
