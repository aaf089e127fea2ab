package vn.diembao.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The measures the generic body finder judges an element by: class/id hints, link density and paragraph weight.
 * The class-name vocabularies are those of Mozilla Readability, widened with Vietnamese outlets' names
 * (binh-luan, lien-quan, quang-cao…), because both are built from what real templates call their boxes.
 */
final class ContentScore {

	static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs?|combx|comment|community|cover-wrap|"
			+ "disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
			+ "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|"
			+ "binh-?luan|lien-?quan|quang-?cao|tin-?khac|doc-?nhieu|xem-?nhieu|more-?stories|recommend|outbrain|taboola|"
			+ "rollover|tooltip|popover|hovercard|cookie|consent",
			Pattern.CASE_INSENSITIVE);
	static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|shadow|detail|chi-?tiet|embed|tweet",
			Pattern.CASE_INSENSITIVE);
	static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination|post|"
			+ "text|blog|story|detail|fck|noi-?dung|chi-?tiet", Pattern.CASE_INSENSITIVE);
	static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|"
			+ "footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
			+ "shopping|tags|widget|caption|credit|newsletter|subscribe|byline|author-?bio|binh-?luan|lien-?quan|quang-?cao|"
			+ "tin-?khac", Pattern.CASE_INSENSITIVE);
	static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
			"alertdialog", "dialog");
	private static final Pattern COMMAS = Pattern.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");

	private ContentScore() {
	}

	static int classWeight(Element element) {
		int weight = 0;
		String className = element.className();
		if (!className.isEmpty()) {
			weight += NEGATIVE.matcher(className).find() ? -25 : 0;
			weight += POSITIVE.matcher(className).find() ? 25 : 0;
		}
		String id = element.id();
		if (!id.isEmpty()) {
			weight += NEGATIVE.matcher(id).find() ? -25 : 0;
			weight += POSITIVE.matcher(id).find() ? 25 : 0;
		}
		return weight;
	}

	/** Share of an element's text that sits in links; in-page anchors count less, they are usually footnotes. */
	static double linkDensity(Element element) {
		int textLength = element.text().length();
		if (textLength == 0) {
			return 0;
		}
		double linkLength = 0;
		for (Element link : element.select("a")) {
			String href = link.attr("href");
			double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
			linkLength += link.text().length() * coefficient;
		}
		return linkLength / textLength;
	}

	/** How much a paragraph says: one point, one per comma-separated clause, one per 100 characters up to three. */
	static double paragraphScore(String text) {
		return 1 + COMMAS.split(text, -1).length + Math.min(text.length() / 100, 3);
	}

	static double initialScore(Element element) {
		double score = switch (element.normalName()) {
			case "div" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		return score + classWeight(element);
	}

	static int commaCount(String text) {
		return COMMAS.split(text, -1).length - 1;
	}

	static int count(Element element, String tag) {
		Elements found = element.getElementsByTag(tag);
		return found.size();
	}
}
