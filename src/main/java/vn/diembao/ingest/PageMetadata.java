package vn.diembao.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a page says about its article outside the body: JSON-LD first (what the outlet declares), then OpenGraph and
 * meta tags, then visible markup (h1, sapo, byline, date line).
 */
final class PageMetadata {

	private static final Pattern BOILERPLATE = Pattern.compile(
			"comment|binh-luan|related|lien-quan|relate|share|social|menu|nav|sidebar|footer|header|banner|advert|ads|"
					+ "quang-cao|breadcrumb|tags?\\b|doc-nhieu|most|popular|newsletter|widget|login|copyright",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern LEAD_HINT = Pattern.compile("sapo|description|lead|summary|excerpt|chapeau",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern AUTHOR_HINT = Pattern.compile("author|tac-gia|byline|writer|nguoi-viet",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern OUTLET_AS_AUTHOR = Pattern.compile("(?i).*(vnexpress|báo|tạp chí|online|\\.vn|\\.com).*");
	private static final int MIN_LEAD = 25;

	private final Document document;
	private final Optional<JsonLdArticle> jsonLd;
	private final Clock clock;

	PageMetadata(Document document, Clock clock) {
		this.document = document;
		this.jsonLd = JsonLdArticle.of(document);
		this.clock = clock;
	}

	boolean hasJsonLd() {
		return jsonLd.isPresent();
	}

	String title() {
		return firstNonBlank(headingTitle(document.selectFirst("h1")), jsonLd.map(JsonLdArticle::headline).orElse(null),
				meta("og:title"), meta("twitter:title"), document.title());
	}

	Instant publishedAt() {
		List<String> declared = new ArrayList<>();
		jsonLd.map(JsonLdArticle::datePublished).ifPresent(declared::add);
		for (String name : List.of("article:published_time", "pubdate", "datePublished", "publishdate", "publish-date",
				"dc.date.issued", "DC.date.issued", "date")) {
			declared.add(meta(name));
		}
		Element time = document.selectFirst("time[datetime]");
		declared.add(time == null ? null : time.attr("datetime"));
		for (String candidate : declared) {
			Optional<Instant> parsed = PublishedDates.parseIso(candidate);
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		for (Element dated : document.select("[class~=(?i)date|time|ngay|publish], time")) {
			if (dated.text().length() > 120) {
				continue;
			}
			Optional<Instant> parsed = PublishedDates.parseVisible(dated.text(), clock);
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		return null;
	}

	Instant updatedAt() {
		for (String candidate : new String[] { jsonLd.map(JsonLdArticle::dateModified).orElse(null),
				meta("article:modified_time"), meta("og:updated_time"), meta("dateModified"), meta("lastmod") }) {
			Optional<Instant> parsed = PublishedDates.parseIso(candidate);
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		return null;
	}

	/** The lead (sapo) and whether it came from the page body rather than a meta description. */
	Lead lead() {
		for (Element element : document.select("p[class], h2[class], div[class]")) {
			if (LEAD_HINT.matcher(element.className()).find() && !BOILERPLATE.matcher(element.className()).find()) {
				String text = element.text().trim();
				if (text.length() >= MIN_LEAD) {
					return new Lead(text, true);
				}
			}
		}
		String declared = firstNonBlank(meta("og:description"), jsonLd.map(JsonLdArticle::description).orElse(null),
				meta("description"));
		return declared == null ? null : new Lead(declared, false);
	}

	String author() {
		String siteName = meta("og:site_name");
		for (String candidate : new String[] { jsonLd.map(JsonLdArticle::author).orElse(null), meta("author") }) {
			if (candidate != null && !candidate.isBlank() && (siteName == null || !candidate.equalsIgnoreCase(siteName))
					&& !OUTLET_AS_AUTHOR.matcher(candidate).matches()) {
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

	String canonicalUrl() {
		Element link = document.selectFirst("link[rel=canonical][href]");
		String href = link == null ? null : link.absUrl("href");
		return firstNonBlank(href, meta("og:url"));
	}

	String imageUrl() {
		String declared = firstNonBlank(jsonLd.map(JsonLdArticle::image).orElse(null), meta("og:image"),
				meta("twitter:image"));
		if (declared != null) {
			return declared;
		}
		Element image = document.selectFirst("article img[src], [class~=(?i)detail|content] img[src]");
		return image == null ? null : image.absUrl("src");
	}

	List<String> tags() {
		Set<String> tags = new LinkedHashSet<>();
		for (Element meta : document.select("meta[property=article:tag], meta[name=news_keywords], meta[name=keywords]")) {
			for (String tag : meta.attr("content").split("[,;]")) {
				if (!tag.isBlank() && tag.length() < 80) {
					tags.add(tag.trim());
				}
			}
			if (!tags.isEmpty() && !meta.attr("property").equals("article:tag")) {
				break;
			}
		}
		jsonLd.map(JsonLdArticle::keywords).ifPresent(tags::addAll);
		if (tags.isEmpty()) {
			for (Element link : document.select("[class~=(?i)(^|-)tags?($|-)|tu-?khoa|keyword] a")) {
				if (!link.text().isBlank() && link.text().length() < 80) {
					tags.add(link.text().trim());
				}
			}
		}
		return List.copyOf(tags);
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

	private String meta(String name) {
		for (Element meta : document.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
			String content = meta.attr("content").trim();
			if (!content.isEmpty()) {
				return content;
			}
		}
		return null;
	}

	private static String text(Element element) {
		return element == null ? null : element.text().trim();
	}

	static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	record Lead(String text, boolean onPage) {
	}
}
