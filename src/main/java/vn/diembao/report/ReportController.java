package vn.diembao.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The monthly and weekly report section: on a page with a copy button, and as a Word document. */
@Controller
@RequestMapping("/bao-cao")
class ReportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportFigureSource source;
	private final ReportWriter writer;
	private final ReportDocx docx;

	ReportController(ReportFigureSource source, ReportWriter writer, ReportDocx docx) {
		this.source = source;
		this.writer = writer;
		this.docx = docx;
	}

	@GetMapping
	String index() {
		return "redirect:" + ReportPeriod.month(YearMonth.now(ReportFigureSource.VIETNAM)).path();
	}

	/** The period picker: {@code thang} from a month input (“2024-11”), {@code tuan} from a week input (“2024-W47”). */
	@GetMapping("/chon")
	String choose(@RequestParam(name = "thang", required = false) String month,
			@RequestParam(name = "tuan", required = false) String week) {
		ReportPeriod period = week != null && !week.isBlank() ? parse(week, false)
				: month != null && !month.isBlank() ? parse(month, true)
						: ReportPeriod.month(YearMonth.now(ReportFigureSource.VIETNAM));
		return "redirect:" + period.path();
	}

	@GetMapping("/thang/{month}")
	String month(@PathVariable String month, Model model) {
		return page(parse(month, true), model);
	}

	@GetMapping("/tuan/{week}")
	String week(@PathVariable String week, Model model) {
		return page(parse(week, false), model);
	}

	@GetMapping("/thang/{month}/docx")
	ResponseEntity<byte[]> monthDocx(@PathVariable String month) {
		return download(parse(month, true));
	}

	@GetMapping("/tuan/{week}/docx")
	ResponseEntity<byte[]> weekDocx(@PathVariable String week) {
		return download(parse(week, false));
	}

	private String page(ReportPeriod period, Model model) {
		ReportFigures figures = source.figures(period);
		ReportText text = writer.write(figures);
		model.addAttribute("period", period);
		model.addAttribute("figures", figures);
		model.addAttribute("title", title(figures));
		model.addAttribute("text", text);
		model.addAttribute("plain", text.plain(true));
		model.addAttribute("currentWeek", ReportPeriod.weekOf(LocalDate.now(ReportFigureSource.VIETNAM)));
		return "report/section";
	}

	private ResponseEntity<byte[]> download(ReportPeriod period) {
		ReportFigures figures = source.figures(period);
		byte[] body = docx.docx(writer.write(figures), title(figures));
		String file = "bao-cao-" + (period.kind() == ReportPeriod.Kind.MONTH ? "thang-" : "tuan-") + period.code() + ".docx";
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

	/** The weekly report's own title; the monthly section goes inside the department's full report, untitled. */
	private static String title(ReportFigures figures) {
		return figures.period().kind() == ReportPeriod.Kind.WEEK ? ReportWriter.weeklyTitle(figures) : null;
	}

	private static ReportPeriod parse(String code, boolean month) {
		try {
			return month ? ReportPeriod.parseMonth(code) : ReportPeriod.parseWeek(code);
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
	}
}
