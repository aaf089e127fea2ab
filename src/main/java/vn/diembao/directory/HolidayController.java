package vn.diembao.directory;

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

/** “Lịch làm việc”: holidays and compensatory days, which every deadline in working days depends on. */
@Controller
@RequestMapping("/quan-tri/lich-lam-viec")
class HolidayController {

	private final HolidayAdministration holidays;

	HolidayController(HolidayAdministration holidays) {
		this.holidays = holidays;
	}

	@GetMapping
	String list(@RequestParam(name = "nam", required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("holidays", holidays.ofYear(shown));
		return "directory/holidays";
	}

	@PostMapping
	String save(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam String name,
			@RequestParam(defaultValue = "DAY_OFF") String kind, Authentication auth, RedirectAttributes flash) {
		try {
			holidays.save(day, name, kind, auth.getName());
			flash.addFlashAttribute("message", "Đã lưu ngày " + day + ".");
		}
		catch (IllegalArgumentException invalid) {
			flash.addFlashAttribute("error", invalid.getMessage());
		}
		return "redirect:/quan-tri/lich-lam-viec?nam=" + (day == null ? LocalDate.now().getYear() : day.getYear());
	}

	@PostMapping("/xoa")
	String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Authentication auth,
			RedirectAttributes flash) {
		holidays.delete(day, auth.getName());
		flash.addFlashAttribute("message", "Đã xóa ngày " + day + ".");
		return "redirect:/quan-tri/lich-lam-viec?nam=" + day.getYear();
	}
}
