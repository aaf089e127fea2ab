package vn.diembao.report;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.ProvinceProfiles;

/** The start page: today's figures and the cases the user can see. */
@Controller
class DashboardController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ClassifiedArticles articles;
	private final PressCases cases;
	private final ProvinceProfiles profiles;

	DashboardController(ClassifiedArticles articles, PressCases cases, ProvinceProfiles profiles) {
		this.articles = articles;
		this.cases = cases;
		this.profiles = profiles;
	}

	@GetMapping("/")
	String home(Authentication auth, Model model) {
		LocalDate today = LocalDate.now(VIETNAM);
		var visibleCases = cases.list(CurrentUser.of(auth));
		model.addAttribute("today", today);
		model.addAttribute("province", profiles.current().name());
		model.addAttribute("counts", articles.countsPublishedBetween(today.atStartOfDay(VIETNAM).toInstant(),
				today.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
		model.addAttribute("openCases", visibleCases.stream().filter(c -> !c.closed()).count());
		model.addAttribute("closedCases", visibleCases.stream().filter(CaseSummary::closed).count());
		return "home";
	}
}
