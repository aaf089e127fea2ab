package vn.diembao.fakenews;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.diembao.shared.text.VietnameseText;

/** The public side: report suspected fake news, check a report's status, read published conclusions and RSS. */
@Controller
@RequestMapping("/tin-gia")
class PublicFakeNewsController {

	static final List<String> PLATFORMS = List.of("Facebook", "Zalo", "TikTok", "YouTube", "Trang web", "Báo chí", "Khác");

	private final FakeNewsIntake intake;
	private final FakeNewsRecords records;
	private final ConclusionFeed feed;
	private final ObjectMapper json = new ObjectMapper();

	PublicFakeNewsController(FakeNewsIntake intake, FakeNewsRecords records, ConclusionFeed feed) {
		this.intake = intake;
		this.records = records;
		this.feed = feed;
	}

	@GetMapping
	String conclusions(@RequestParam(name = "q", required = false) String query, Model model) {
		String folded = VietnameseText.fold(query);
		model.addAttribute("reports", records.published().stream()
			.filter(r -> folded.isEmpty() || VietnameseText.fold(r.claim() + " " + r.conclusion()).contains(folded))
			.toList());
		model.addAttribute("q", query);
		return "fakenews/conclusions";
	}

	@GetMapping("/{id:\\d+}")
	String conclusion(@PathVariable long id, HttpServletRequest request, Model model) throws JsonProcessingException {
		FakeNewsReport report = published(id);
		model.addAttribute("report", report);
		model.addAttribute("images", records.files(id));
		model.addAttribute("pageUrl", request.getRequestURL().toString());
		model.addAttribute("claimReview", claimReview(report, request.getRequestURL().toString()));
		return "fakenews/conclusion";
	}

	@GetMapping("/anh/{fileId:\\d+}")
	ResponseEntity<byte[]> image(@PathVariable long fileId) {
		var file = records.file(fileId).filter(f -> "PUBLISHED".equals(records.find(f.reportId()).map(FakeNewsReport::status).orElse("")))
			.orElseThrow(() -> new ReportNotFoundException(fileId));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
			.header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache()).body(file.content());
	}

	@GetMapping(value = "/rss", produces = "application/rss+xml;charset=UTF-8")
	@ResponseBody
	String rss(HttpServletRequest request) {
		String base = request.getRequestURL().toString().replaceFirst("/rss$", "");
		return feed.rss(records.published(), base);
	}

	@GetMapping("/bao-cao")
	String form(Model model) {
		model.addAttribute("report", ReportForm.blank());
		model.addAttribute("platforms", PLATFORMS);
		return "fakenews/report-form";
	}

	@PostMapping("/bao-cao")
	String submit(@Valid @ModelAttribute("report") ReportForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("platforms", PLATFORMS);
		if (form.website() != null && !form.website().isBlank()) {
			// a bot filled the hidden field: answer as if accepted, keep nothing
			model.addAttribute("trackingCode", "TG-" + Integer.toHexString(form.claim().hashCode()).toUpperCase(Locale.ROOT));
			return "fakenews/received";
		}
		if (errors.hasErrors()) {
			return "fakenews/report-form";
		}
		try {
			var receipt = intake.fromPublic(form, files, request.getRemoteAddr());
			model.addAttribute("trackingCode", receipt.trackingCode());
			model.addAttribute("merged", receipt.merged());
			return "fakenews/received";
		}
		catch (IllegalArgumentException invalid) {
			model.addAttribute("error", invalid.getMessage());
			return "fakenews/report-form";
		}
		catch (TooManyReportsException tooMany) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", tooMany.getMessage());
			return "fakenews/report-form";
		}
	}

	@GetMapping("/tra-cuu")
	String track(@RequestParam(name = "ma", required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			model.addAttribute("code", code.trim());
			records.byTrackingCode(code).ifPresentOrElse(report -> {
				model.addAttribute("status", report.statusLabel());
				if ("PUBLISHED".equals(report.status())) {
					model.addAttribute("conclusionId", report.id());
				}
			}, () -> model.addAttribute("notFound", true));
		}
		return "fakenews/track";
	}

	private FakeNewsReport published(long id) {
		return records.find(id).filter(r -> "PUBLISHED".equals(r.status())).orElseThrow(() -> new ReportNotFoundException(id));
	}

	/** schema.org ClaimReview, so search engines show the verdict; every “<” escaped so the JSON cannot close its script. */
	private String claimReview(FakeNewsReport report, String url) throws JsonProcessingException {
		Verdict verdict = Verdict.valueOf(report.verdict());
		Map<String, Object> review = Map.of("@context", "https://schema.org", "@type", "ClaimReview", "url", url,
				"claimReviewed", report.claim(), "datePublished", report.publishedAt().toString(),
				"author", Map.of("@type", "Organization", "name", "Tổ theo dõi, xử lý tin giả"),
				"reviewRating", Map.of("@type", "Rating", "alternateName", verdict.label(), "name", verdict.claimReviewRating()));
		return json.writeValueAsString(review).replace("<", "\\u003c");
	}
}
