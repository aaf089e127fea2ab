package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import vn.diembao.shared.text.VietnameseText;

/**
 * A listing, tag or search page read as a list of article links. With a CSS selector on the source, the links it
 * selects (or the links inside the blocks it selects) count; without one, the default takes links of the page's
 * main area — {@code main} or {@code [role=main]}, else the body — after dropping navigation, headers, footers,
 * sidebars, related-article boxes, comments and paging, and keeps those on the same host whose path looks like an
 * article: a long slug or a numeric id. The include and exclude expressions then filter either way.
 */
class ListingReader {

	static final int MAX_LINKS = 300;

	/** Blocks that hold links to anything but this listing's articles; matched against class and id. */
	private static final Pattern NOISE = Pattern.compile(
			"(?i)(^|[\\s_-])(nav|navbar|menu|sidebar|side-bar|widget|breadcrumbs?|pagination|paging|pager|related"
					+ "|lien-?quan|comments?|binh-?luan|y-?kien|social|most-?(read|view)|xem-?nhieu|doc-?nhieu|quang-?cao)"
					+ "([\\s_-]|$)");

	/** A long slug: at least four words joined by hyphens or underscores. */
	private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}]+([-_][\\p{L}\\p{N}]+){3,}");

	/** A numeric id of five digits or more, alone or at the end of a slug. */
	private static final Pattern NUMERIC_ID = Pattern.compile("(^|[^0-9])[0-9]{5,}([^0-9]|$)");

	List<FeedReader.FeedEntry> read(byte[] html, Optional<Charset> declaredCharset, URI pageUri, LinkRules rules) {
		Document page = ArticleExtractor.parse(html, declaredCharset, pageUri);
		boolean custom = rules.selector() != null;
		List<Element> anchors = custom ? selected(page, rules.selector()) : defaultAnchors(page);
		Pattern include = rules.includePattern();
		Pattern exclude = rules.excludePattern();
		Map<URI, FeedReader.FeedEntry> links = new LinkedHashMap<>();
		for (Element anchor : anchors) {
			URI link = absolute(anchor, pageUri);
			if (link == null || sameDocument(link, pageUri)) {
				continue;
			}
			if (!custom && (!sameHost(link, pageUri) || !looksLikeArticle(link))) {
				continue;
			}
			if (include != null && !include.matcher(link.toString()).find()) {
				continue;
			}
			if (exclude != null && exclude.matcher(link.toString()).find()) {
				continue;
			}
			String title = anchor.text().isBlank() ? anchor.attr("title") : anchor.text();
			FeedReader.FeedEntry entry = new FeedReader.FeedEntry(link, title.isBlank() ? null : VietnameseText.nfc(title.trim()),
					null, null);
			FeedReader.FeedEntry known = links.get(link);
			// the same article is often linked twice, from its picture and from its title: keep the one with words
			if (known == null || (known.title() == null && entry.title() != null)) {
				links.put(link, entry);
			}
			if (links.size() >= MAX_LINKS) {
				break;
			}
		}
		return new ArrayList<>(links.values());
	}

	private static List<Element> selected(Document page, String selector) {
		List<Element> anchors = new ArrayList<>();
		for (Element element : page.select(selector)) {
			if (element.nameIs("a") && element.hasAttr("href")) {
				anchors.add(element);
			}
			else {
				anchors.addAll(element.select("a[href]"));
			}
		}
		return anchors;
	}

	private static List<Element> defaultAnchors(Document page) {
		Element root = page.selectFirst("main, [role=main]");
		if (root == null) {
			root = page.body();
		}
		root = root.clone();
		root.select("nav, header, footer, aside, form, script, style, noscript, template, [role=navigation], "
				+ "[role=banner], [role=contentinfo], [role=complementary]").remove();
		Elements noisy = new Elements();
		for (Element element : root.getAllElements()) {
			if (element != root && (NOISE.matcher(element.className()).find() || NOISE.matcher(element.id()).find())) {
				noisy.add(element);
			}
		}
		noisy.remove();
		return root.select("a[href]");
	}

	private static URI absolute(Element anchor, URI pageUri) {
		String href = anchor.attr("href").trim();
		if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)
				|| href.regionMatches(true, 0, "mailto:", 0, 7)) {
			return null;
		}
		try {
			URI link = pageUri.resolve(FeedReader.escapeIllegal(href));
			String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https") || link.getHost() == null) {
				return null;
			}
			return new URI(link.getScheme(), link.getRawAuthority() == null ? null : link.getAuthority(), link.getPath(),
					link.getQuery(), null).normalize();
		}
		catch (IllegalArgumentException | java.net.URISyntaxException invalid) {
			return null;
		}
	}

	private static boolean sameDocument(URI link, URI pageUri) {
		return stripSlash(link.getPath()).equals(stripSlash(pageUri.getPath())) && sameHost(link, pageUri);
	}

	private static String stripSlash(String path) {
		return path == null ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	static boolean sameHost(URI link, URI pageUri) {
		return bareHost(link.getHost()).equals(bareHost(pageUri.getHost())) && link.getPort() == pageUri.getPort();
	}

	private static String bareHost(String host) {
		String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
		return h.startsWith("www.") ? h.substring(4) : h;
	}

	/** The last path segment, without an “.html”-like ending, is a long slug or carries a numeric id. */
	static boolean looksLikeArticle(URI link) {
		String path = link.getPath();
		if (path == null || path.isEmpty() || path.equals("/")) {
			return false;
		}
		String last = stripSlash(path);
		last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(html?|aspx?|php|vnp|htm)$", "");
		return SLUG.matcher(last).matches() || NUMERIC_ID.matcher(last).find();
	}
}
