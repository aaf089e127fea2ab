package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import vn.diembao.shared.text.VietnameseText;

/**
 * Article extraction as a chain: metadata first ({@link PageMetadata}: JSON-LD, OpenGraph, meta tags, visible date
 * and byline), then the generic body finder ({@link MainContent}) with boilerplate lines removed, then the outlet's
 * conventions (the sapo repeated as first paragraph, the author's name signing the last one).
 */
class ArticleExtractor {

	private final Clock clock;

	ArticleExtractor() {
		this(Clock.systemUTC());
	}

	ArticleExtractor(Clock clock) {
		this.clock = clock;
	}

	/** Like {@link #extract} but returns whatever was found instead of failing on a missing title or body. */
	ExtractedArticle extractLenient(byte[] html, Optional<Charset> declaredCharset, URI uri) {
		try {
			return extract(html, declaredCharset, uri);
		}
		catch (FetchException e) {
			return new ExtractedArticle("", null, "", null, null, "failed");
		}
	}

	ExtractedArticle extract(byte[] html, Optional<Charset> declaredCharset, URI uri) {
		Document document = parse(html, declaredCharset, uri);
		PageMetadata metadata = new PageMetadata(document, clock);
		String title = metadata.title();
		if (title == null || title.isBlank()) {
			throw new ExtractionException("Không tìm thấy tiêu đề bài viết trong trang " + uri);
		}
		PageMetadata.Lead lead = metadata.lead();
		String author = metadata.author();

		Element container = MainContent.find(document, title);
		List<String> paragraphs = container == null ? new ArrayList<>()
				: new ArrayList<>(BoilerplateLines.remove(BlockText.paragraphs(container)));
		boolean leadInBody = false;
		if (!paragraphs.isEmpty() && lead != null && sameText(paragraphs.get(0), lead.text())) {
			paragraphs.remove(0);
			leadInBody = true;
		}
		if (!paragraphs.isEmpty()) {
			String signature = trailingSignature(container, paragraphs.get(paragraphs.size() - 1), author);
			if (signature != null) {
				author = author == null ? signature : author;
				paragraphs.remove(paragraphs.size() - 1);
			}
		}
		if (paragraphs.isEmpty() && !leadInBody) {
			throw new ExtractionException("Không tìm thấy nội dung bài viết trong trang " + uri + " (có thể trang đổi bố cục)");
		}
		String method = (metadata.hasJsonLd() ? "json-ld+" : "") + "dom";
		return new ExtractedArticle(clean(title), lead == null ? null : clean(lead.text()),
				clean(String.join("\n\n", paragraphs)), author == null ? null : clean(author), metadata.publishedAt(),
				method, metadata.updatedAt(), metadata.canonicalUrl(), metadata.imageUrl(), metadata.tags(), leadInBody);
	}

	static Document parse(byte[] html, Optional<Charset> declaredCharset, URI uri) {
		try {
			// Vietnamese sites often declare a charset they do not use. Bytes that are valid UTF-8 with multi-byte
			// sequences are UTF-8 whatever the header says; otherwise the header, then the page's meta/BOM decide.
			String charsetName = isMultiByteUtf8(html) ? "UTF-8" : declaredCharset.map(Charset::name).orElse(null);
			return Jsoup.parse(new ByteArrayInputStream(html), charsetName, uri.toString());
		}
		catch (IOException e) {
			throw new FetchException("Không đọc được HTML của " + uri, e);
		}
	}

	private static boolean isMultiByteUtf8(byte[] bytes) {
		boolean multiByte = false;
		for (byte b : bytes) {
			if (b < 0) {
				multiByte = true;
				break;
			}
		}
		if (!multiByte) {
			return false;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

	/**
	 * Vietnamese outlets sign an article with the author's name as the last, short, bold or right-aligned paragraph;
	 * it is the byline, not body text.
	 */
	private static String trailingSignature(Element container, String last, String knownAuthor) {
		if (last.length() >= 40 || last.matches(".*[.!?:;]$")) {
			return null;
		}
		if (knownAuthor != null && sameText(last, knownAuthor)) {
			return last;
		}
		for (Element p : container.select("p")) {
			if (p.text().trim().equals(last)) {
				boolean bold = p.select("strong, b").text().trim().equals(last);
				boolean right = p.attr("style").replace(" ", "").contains("text-align:right") || p.attr("align").equals("right");
				return bold || right ? last : null;
			}
		}
		return null;
	}

	private static boolean sameText(String a, String b) {
		return VietnameseText.lower(a).equals(VietnameseText.lower(b));
	}

	private static String clean(String text) {
		return VietnameseText.nfc(text.replace('\u00A0', ' ').trim());
	}
}
