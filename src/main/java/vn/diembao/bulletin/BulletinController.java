package vn.diembao.bulletin;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/diem-bao")
class BulletinController {

	private final DailyBulletins bulletins;

	BulletinController(DailyBulletins bulletins) {
		this.bulletins = bulletins;
	}

	@GetMapping("/hang-ngay")
	String daily(@RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = date == null ? LocalDate.now(DailyBulletins.VIETNAM) : date;
		model.addAttribute("bulletin", bulletins.provinceDaily(day));
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		return "bulletin/daily";
	}
}
