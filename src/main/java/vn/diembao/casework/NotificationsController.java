package vn.diembao.casework;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.diembao.directory.CurrentUser;

@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/thong-bao")
	String list(Authentication auth, Model model) {
		model.addAttribute("notifications", notifications.latest(CurrentUser.of(auth)));
		return "casework/notifications";
	}

	@PostMapping("/thong-bao/da-doc")
	String markRead(Authentication auth) {
		notifications.markAllRead(CurrentUser.of(auth));
		return "redirect:/thong-bao";
	}
}
