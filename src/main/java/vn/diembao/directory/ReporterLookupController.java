package vn.diembao.directory;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * “Tra cứu phóng viên”: an agency asked for an interview checks the reporter's registration and press card, and the
 * outlet's licence scope, before answering (conclusions of the 2023 sector conference).
 */
@Controller
class ReporterLookupController {

	private final Outlets outlets;

	ReporterLookupController(Outlets outlets) {
		this.outlets = outlets;
	}

	@GetMapping("/tra-cuu-phong-vien")
	String lookup(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		model.addAttribute("reporters", outlets.findReporters(query));
		return "directory/reporter-lookup";
	}
}
