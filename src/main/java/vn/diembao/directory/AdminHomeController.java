package vn.diembao.directory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** “Quản trị”: the list of administration screens. */
@Controller
class AdminHomeController {

	@GetMapping("/quan-tri")
	String home() {
		return "directory/admin";
	}
}
