package vn.diembao.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * “Bản lưu”: an article's snapshot, shown safely. Crawled HTML is never executed: the page shows it cleaned to a
 * few text tags by a jsoup Safelist, and the original bytes are served only as text/plain in a CSP sandbox.
 */
@Controller
class EvidenceController {

	/** Text structure only: no scripts, styles, frames, forms, images, event handlers or javascript: links. */
	private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

	private final Articles articles;
	private final Evidence evidence;

	EvidenceController(Articles articles, Evidence evidence) {
		this.articles = articles;
		this.evidence = evidence;
	}

	@GetMapping("/bai/{id}/ban-luu")
	String snapshot(@PathVariable long id, Model model) {
		ArticleView article = articles.find(id).orElseThrow(() -> notFound("Không có bài " + id));
		ArticleSnapshot snapshot = evidence.snapshot(id).orElseThrow(() -> notFound("Bài " + id + " không có bản lưu"));
		byte[] content = evidence.content(id).orElseThrow();
		Document page = ArticleExtractor.parse(content, charsetOf(snapshot), java.net.URI.create(snapshot.url()));
		model.addAttribute("article", article);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("safeHtml", Jsoup.clean(page.body() == null ? "" : page.body().html(), snapshot.url(), SAFE));
		return "ingest/snapshot";
	}

	@GetMapping("/bai/{id}/ban-luu/goc")
	ResponseEntity<byte[]> original(@PathVariable long id) {
		ArticleSnapshot snapshot = evidence.snapshot(id).orElseThrow(() -> notFound("Bài " + id + " không có bản lưu"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, charsetOf(snapshot).orElse(StandardCharsets.UTF_8)))
			// even a browser that sniffs, or a user who saves and reopens it, gets no script and no origin
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ban-luu-" + id + ".html.txt\"")
			.header("X-Snapshot-SHA256", snapshot.sha256())
			.body(evidence.content(id).orElseThrow());
	}

	private static java.util.Optional<Charset> charsetOf(ArticleSnapshot snapshot) {
		return new FetchedResource(null, 200, snapshot.contentType(), null, null, null, null).declaredCharset();
	}

	private static ResponseStatusException notFound(String message) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
	}
}
