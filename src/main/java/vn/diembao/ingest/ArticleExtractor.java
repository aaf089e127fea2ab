package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import vn.diembao.shared.text.VietnameseText;

/**
 * Article extraction as a chain: JSON-LD and meta tags first (what the outlet says about itself), then the page's
 * own markup (h1, sapo, visible date), and a generic scorer that finds the body as the container with the most
 * paragraph text once boilerplate (menus, related boxes, comments, share bars) is removed.
 */
class ArticleExtractor {

	private static final Pattern BOILERPLATE = Pattern.compile(
			"comment|binh-luan|related|lien-quan|relate|share|social|menu|nav|sidebar|footer|header|banner|advert|ads|"
					+ "quang-cao|breadcrumb|tags?\\b|doc-nhieu|most|popular|newsletter|widget|login|copyright",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern LEAD_HINT = Pattern.compile("sapo|description|lead|summary|excerpt|chapeau",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern AUTHOR_HINT = Pattern.compile("author|tac-gia|byline|writer|nguoi-viet",
			Pattern.CASE_INSENSITIVE);
	private static final int MIN_PARAGRAPH = 25;

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
		List<String> method = new ArrayList<>();
		Optional<JsonLdArticle> jsonLd = JsonLdArticle.of(document);
		jsonLd.ifPresent(ld -> method.add("json-ld"));

		String title = firstNonBlank(headingTitle(document.selectFirst("h1")), jsonLd.map(JsonLdArticle::headline).orElse(null),
				meta(document, "og:title"), document.title());
		Instant published = publishedAt(document, jsonLd);
		String lead = lead(document, jsonLd);
		String author = author(document, jsonLd);

		Element container = MainContent.find(document, title);
		List<String> paragraphs = container == null ? List.of() : new ArrayList<>(BlockText.paragraphs(container));
		if (!paragraphs.isEmpty() && lead != null && sameText(paragraphs.get(0), lead)) {
			paragraphs.remove(0);
		}
		if (!paragraphs.isEmpty() && container != null) {
			String signature = trailingSignature(container, paragraphs.get(paragraphs.size() - 1), author);
			if (signature != null) {
				author = author == null ? signature : author;
				paragraphs.remove(paragraphs.size() - 1);
			}
		}
		method.add(container == null ? "no-body" : "dom");
		if (title == null || title.isBlank()) {
			throw new FetchException("Không tìm thấy tiêu đề bài viết trong trang " + uri);
		}
		if (paragraphs.isEmpty()) {
			throw new FetchException("Không tìm thấy nội dung bài viết trong trang " + uri + " (có thể trang đổi bố cục)");
		}
		return new ExtractedArticle(clean(title), lead == null ? null : clean(lead), clean(String.join("\n\n", paragraphs)),
				author == null ? null : clean(author), published, String.join("+", method));
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

	private static Instant publishedAt(Document document, Optional<JsonLdArticle> jsonLd) {
		List<String> candidates = new ArrayList<>();
		jsonLd.map(JsonLdArticle::datePublished).ifPresent(candidates::add);
		candidates.add(meta(document, "article:published_time"));
		candidates.add(meta(document, "pubdate"));
		candidates.add(meta(document, "datePublished"));
		candidates.add(meta(document, "publishdate"));
		Element time = document.selectFirst("time[datetime]");
		candidates.add(time == null ? null : time.attr("datetime"));
		for (String candidate : candidates) {
			Optional<Instant> parsed = PublishedDates.parseIso(candidate);
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		for (Element dated : document.select("[class~=(?i)date|time|ngay|publish], time")) {
			Optional<Instant> parsed = PublishedDates.parseVisible(dated.text());
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		return null;
	}

	private static String lead(Document document, Optional<JsonLdArticle> jsonLd) {
		for (Element element : document.select("p[class], h2[class], div[class]")) {
			if (LEAD_HINT.matcher(element.className()).find() && !BOILERPLATE.matcher(element.className()).find()) {
				String text = element.text().trim();
				if (text.length() >= MIN_PARAGRAPH) {
					return text;
				}
			}
		}
		return firstNonBlank(meta(document, "og:description"), jsonLd.map(JsonLdArticle::description).orElse(null),
				meta(document, "description"));
	}

	private static String author(Document document, Optional<JsonLdArticle> jsonLd) {
		String siteName = meta(document, "og:site_name");
		for (String candidate : new String[] { jsonLd.map(JsonLdArticle::author).orElse(null), meta(document, "author") }) {
			if (candidate != null && !candidate.isBlank() && (siteName == null || !candidate.equalsIgnoreCase(siteName))
					&& !candidate.matches("(?i).*(vnexpress|báo|tạp chí|online|\\.vn|\\.com).*")) {
				return candidate.trim();
			}
		}
		for (Element element : document.select("[class]")) {
			if (AUTHOR_HINT.matcher(element.className()).find()) {
				for (String candidate : new String[] { text(element.selectFirst(".name")), text(element.selectFirst("strong, b")),
						element.text().trim() }) {
					if (candidate != null && !candidate.isEmpty() && candidate.length() < 60) {
						return candidate;
					}
				}
			}
		}
		return null;
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

	private static String meta(Document document, String name) {
		Elements metas = document.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
		for (Element meta : metas) {
			String content = meta.attr("content").trim();
			if (!content.isEmpty()) {
				return content;
			}
		}
		return null;
	}

	private static String headingTitle(Element h1) {
		if (h1 == null || h1.select("p, div").isEmpty()) {
			return text(h1);
		}
		StringBuilder title = new StringBuilder();
		for (Node node : PageCleaner.leadingPhrasing(h1)) {
			title.append(node instanceof Element e ? e.text() : ((TextNode) node).text());
		}
		return title.toString().trim();
	}

	private static String text(Element element) {
		return element == null ? null : element.text().trim();
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	private static String clean(String text) {
		return VietnameseText.nfc(text.replace('\u00A0', ' ').trim());
	}
}
