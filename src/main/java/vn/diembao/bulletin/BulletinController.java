package vn.diembao.bulletin;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.ProvinceProfiles;

/** Reading bulletins: the work list, one edition (phone page, PDF, DOCX), the archive; and creating one by hand. */
@Controller
@RequestMapping("/diem-bao")
class BulletinController {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DailyBulletins bulletins;
	private final BulletinRecords records;
	private final Editions editions;
	private final PdfRenderer pdf;
	private final DocxRenderer docx;
	private final BulletinDesk desk;
	private final ProvinceProfiles profiles;

	BulletinController(DailyBulletins bulletins, BulletinRecords records, Editions editions, PdfRenderer pdf,
			DocxRenderer docx, BulletinDesk desk, ProvinceProfiles profiles) {
		this.profiles = profiles;
		this.bulletins = bulletins;
		this.records = records;
		this.editions = editions;
		this.pdf = pdf;
		this.docx = docx;
		this.desk = desk;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("waiting", records.unpublished());
		model.addAttribute("kinds", BulletinKind.values());
		model.addAttribute("province", profiles.current().name());
		model.addAttribute("today", LocalDate.now(BulletinPeriods.VIETNAM));
		return "bulletin/list";
	}

	@PostMapping("/lap")
	String create(@RequestParam BulletinKind kind,
			@RequestParam(name = "ngay") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate,
			Authentication authentication, RedirectAttributes redirect) {
		var created = desk.startEdition(kind, issueDate);
		if (created.isEmpty()) {
			redirect.addFlashAttribute("error", "Đã có bản tin loại này cho ngày " + Edition.DAY.format(issueDate));
			return "redirect:/diem-bao";
		}
		return "redirect:/diem-bao/" + created.get() + "/bien-tap";
	}

	@GetMapping("/{id}")
	String edition(@PathVariable long id, Model model) {
		model.addAttribute("edition", editions.of(id));
		return "bulletin/edition";
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Edition edition = editions.of(id);
		return download(pdf.pdf(edition), MediaType.APPLICATION_PDF, BulletinMailer.fileName(edition) + ".pdf");
	}

	@GetMapping("/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		Edition edition = editions.of(id);
		return download(docx.docx(edition), DOCX, BulletinMailer.fileName(edition) + ".docx");
	}

	@GetMapping("/luu-tru")
	String archive(@RequestParam(name = "loai", required = false) BulletinKind kind,
			@RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "so", required = false) Integer number,
			@RequestParam(name = "q", required = false) String text, Model model) {
		var query = new BulletinRecords.ArchiveQuery(kind, from, to, number, text);
		model.addAttribute("query", query);
		model.addAttribute("kinds", BulletinKind.values());
		model.addAttribute("province", profiles.current().name());
		model.addAttribute("results", records.search(query));
		return "bulletin/archive";
	}

	/** The walking skeleton's live view of today's province news, before any edition is built. */
	@GetMapping("/hang-ngay")
	String daily(@RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = date == null ? LocalDate.now(DailyBulletins.VIETNAM) : date;
		model.addAttribute("bulletin", bulletins.provinceDaily(day));
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		return "bulletin/daily";
	}

	static String actor(Authentication authentication) {
		return CurrentUser.of(authentication).username();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(body);
	}
}
