package vn.diembao.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.ProvinceProfiles;
import vn.diembao.directory.Role;

/**
 * The start page. Leaders and officers get the dashboard of a period (this month by default) whose every figure
 * links to the list behind it; other users get today's figures and the cases they can see.
 */
@Controller
class DashboardController {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
	/** A dashboard over more than a year would read every article of it; longer periods are cut to a year. */
	static final int MAX_DAYS = 366;

	private final ClassifiedArticles articles;
	private final PressCases cases;
	private final ProvinceProfiles profiles;
	private final Dashboard dashboard;
	private final DashboardExports exports;

	DashboardController(ClassifiedArticles articles, PressCases cases, ProvinceProfiles profiles, Dashboard dashboard,
			DashboardExports exports) {
		this.articles = articles;
		this.cases = cases;
		this.profiles = profiles;
		this.dashboard = dashboard;
		this.exports = exports;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication auth, HttpServletRequest request, Model model) {
		CurrentUser user = CurrentUser.of(auth);
		LocalDate today = LocalDate.now(ReportFigureSource.VIETNAM);
		model.addAttribute("today", today);
		model.addAttribute("province", profiles.current().name());
		if (!(user.has(Role.OFFICER) || user.has(Role.LEADER) || user.has(Role.ADMIN))) {
			return simpleHome(user, today, model);
		}
		ArticleFilter period = period(from, to, today);
		DashboardFigures figures = dashboard.of(period.from(), period.to());
		model.addAttribute("figures", figures);
		model.addAttribute("chart", ToneChart.svg(figures.days(), period, request.getContextPath()));
		model.addAttribute("officer", user.has(Role.OFFICER));
		model.addAttribute("month", ReportPeriod.month(java.time.YearMonth.from(period.from())));
		model.addAttribute("thisMonth", ArticleFilter.of(today.withDayOfMonth(1), today));
		model.addAttribute("lastMonth", ArticleFilter.of(today.withDayOfMonth(1).minusMonths(1),
				today.withDayOfMonth(1).minusDays(1)));
		model.addAttribute("lastSevenDays", ArticleFilter.of(today.minusDays(6), today));
		return "report/dashboard";
	}

	@GetMapping("/tong-quan/tin-bai")
	String list(@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "giong", required = false) Tone tone,
			@RequestParam(name = "bao", required = false) String outlet,
			@RequestParam(name = "dia-ban", required = false) String place,
			@RequestParam(name = "can-phan-hoi", required = false) Boolean needsResponse, Authentication auth, Model model) {
		ArticleFilter filter = filter(from, to, tone, outlet, place, needsResponse);
		model.addAttribute("filter", filter);
		model.addAttribute("articles", dashboard.articles(filter));
		model.addAttribute("officer", CurrentUser.of(auth).has(Role.OFFICER));
		return "report/articles";
	}

	@GetMapping("/tong-quan/tin-bai.csv")
	ResponseEntity<byte[]> listCsv(@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "giong", required = false) Tone tone,
			@RequestParam(name = "bao", required = false) String outlet,
			@RequestParam(name = "dia-ban", required = false) String place,
			@RequestParam(name = "can-phan-hoi", required = false) Boolean needsResponse) {
		ArticleFilter filter = filter(from, to, tone, outlet, place, needsResponse);
		return download(exports.articlesCsv(dashboard.articles(filter)), CSV,
				"tin-bai-" + filter.from() + "-" + filter.to() + ".csv");
	}

	@GetMapping("/tong-quan/co-quan.csv")
	ResponseEntity<byte[]> agenciesCsv(@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ArticleFilter period = period(from, to, LocalDate.now(ReportFigureSource.VIETNAM));
		return download(exports.agenciesCsv(cases.agencyStatus(period.from(), period.to())), CSV,
				"co-quan-" + period.from() + "-" + period.to() + ".csv");
	}

	@GetMapping("/tong-quan/xuat.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ArticleFilter period = period(from, to, LocalDate.now(ReportFigureSource.VIETNAM));
		DashboardFigures figures = dashboard.of(period.from(), period.to());
		return download(exports.xlsx(figures, dashboard.articles(period)), XLSX,
				"tong-quan-" + period.from() + "-" + period.to() + ".xlsx");
	}

	private String simpleHome(CurrentUser user, LocalDate today, Model model) {
		var visibleCases = cases.list(user);
		model.addAttribute("counts", articles.countsPublishedBetween(today.atStartOfDay(ReportFigureSource.VIETNAM).toInstant(),
				today.plusDays(1).atStartOfDay(ReportFigureSource.VIETNAM).toInstant()));
		model.addAttribute("openCases", visibleCases.stream().filter(c -> !c.closed()).count());
		model.addAttribute("closedCases", visibleCases.stream().filter(CaseSummary::closed).count());
		return "home";
	}

	/** This month so far when not given; ends swapped when reversed; at most {@link #MAX_DAYS} days. */
	static ArticleFilter period(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate start = from == null ? (to == null ? today : to).withDayOfMonth(1) : from;
		LocalDate end = to == null ? (from == null ? today : start.plusMonths(1).withDayOfMonth(1).minusDays(1)) : to;
		if (end.isBefore(start)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			start = end.minusDays(MAX_DAYS - 1);
		}
		return ArticleFilter.of(start, end);
	}

	private static ArticleFilter filter(LocalDate from, LocalDate to, Tone tone, String outlet, String place,
			Boolean needsResponse) {
		ArticleFilter period = period(from, to, LocalDate.now(ReportFigureSource.VIETNAM));
		return new ArticleFilter(period.from(), period.to(), tone, outlet, place, needsResponse);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}
}
