package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Cleans the chosen content container: drops boxes that look like navigation, related links, share bars, embeds
 * or captions, judged by class names, link density and the ratio of paragraphs to images and list items
 * (Readability's conditional cleaning), then our own caption and promotion rules.
 */
final class ArticleCleaner {

	private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy|social)(\\b|_)", Pattern.CASE_INSENSITIVE);
	private static final Pattern AD_WORDS = Pattern.compile(
			"^(ad(vert|vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|quảng cáo)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern LOADING_WORDS = Pattern.compile("^((loading|正在加载|Загрузка|chargement|cargando|đang tải)(…|\\.\\.\\.)?)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern VIDEOS = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|"
			+ "v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", Pattern.CASE_INSENSITIVE);
	private static final Pattern CAPTION = Pattern.compile(
			"caption|credit|wp-caption-text|photo-?desc|image-?desc|img-?desc|chu-?thich", Pattern.CASE_INSENSITIVE);

	private static final Pattern TAGS_BOX = Pattern.compile(
			"(^|[-_ ])(tags?|tag-?list|tags-?links|post-?tags|entry-?tags|cat-?links|categories|keywords?|tu-?khoa)([-_ ]|$)",
			Pattern.CASE_INSENSITIVE);

	private ArticleCleaner() {
	}

	static void clean(Element article, boolean conditionally, boolean weightClasses) {
		Map<Element, Boolean> dataTables = markDataTables(article);
		removeCaptions(article);
		if (conditionally) {
			cleanConditionally(article, "form", dataTables, weightClasses);
			cleanConditionally(article, "fieldset", dataTables, weightClasses);
		}
		article.select("footer, aside, iframe, nav").remove();
		for (Element child : article.children()) {
			for (Element shared : child.select("[class], [id]")) {
				if (SHARE.matcher(shared.className() + " " + shared.id()).find() && shared.text().length() < 500
						&& shared.parent() != null) {
					shared.remove();
				}
			}
		}
		for (Element heading : article.select("h1, h2")) {
			if (weightClasses && ContentScore.classWeight(heading) < 0) {
				heading.remove();
			}
		}
		if (conditionally) {
			cleanConditionally(article, "table", dataTables, weightClasses);
			cleanConditionally(article, "ul", dataTables, weightClasses);
			cleanConditionally(article, "div", dataTables, weightClasses);
		}
		removeLinkOnlyParagraphs(article);
		for (Element p : article.getElementsByTag("p")) {
			if (p.text().isBlank() && p.select("img, embed, object, iframe").isEmpty()) {
				p.remove();
			}
		}
	}

	/** Image captions and credits describe a picture, not the story; tag lists are navigation. */
	private static void removeCaptions(Element article) {
		article.select("figcaption").remove();
		for (Element element : article.select("[class], [id]")) {
			String match = element.className() + " " + element.id();
			if (element.parent() != null && (CAPTION.matcher(match).find() || TAGS_BOX.matcher(match).find())
					&& element.text().length() < 400 && element.select("p").size() <= 2) {
				element.remove();
			}
		}
	}

	/**
	 * A paragraph or heading that is nothing but a link (“READ MORE: …”, an all-caps teaser) points at another story.
	 * Quotes are spared: an embedded post ends with its author's linked handle.
	 */
	private static void removeLinkOnlyParagraphs(Element article) {
		for (Element block : article.select("p, h2, h3, h4, h5, h6")) {
			String text = block.text();
			if (block.parent() == null || text.isEmpty() || text.length() > 200 || block.closest("blockquote") != null) {
				continue;
			}
			int linked = block.select("a").text().length();
			if (linked >= text.length() * 0.9 || linked > 0 && linked >= text.length() * 0.6 && text.contains(":")) {
				block.remove();
			}
		}
	}

	private static void cleanConditionally(Element article, String tag, Map<Element, Boolean> dataTables,
			boolean weightClasses) {
		Elements nodes = article.getElementsByTag(tag);
		for (int i = nodes.size() - 1; i >= 0; i--) {
			Element node = nodes.get(i);
			if (node == article || node.parent() == null) {
				continue;
			}
			if (shouldRemove(node, tag, dataTables, weightClasses)) {
				node.remove();
			}
		}
	}

	private static boolean shouldRemove(Element node, String tag, Map<Element, Boolean> dataTables, boolean weightClasses) {
		if (tag.equals("table") && dataTables.getOrDefault(node, false)) {
			return false;
		}
		for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent.normalName().equals("code") || dataTables.getOrDefault(parent, false)) {
				return false;
			}
		}
		for (Element table : node.getElementsByTag("table")) {
			if (dataTables.getOrDefault(table, false)) {
				return false;
			}
		}
		String text = node.text();
		boolean isList = tag.equals("ul") || tag.equals("ol") || listShare(node, text) > 0.9;
		int weight = weightClasses ? ContentScore.classWeight(node) : 0;
		if (weight < 0) {
			return true;
		}
		if (ContentScore.commaCount(text) >= 10) {
			return false;
		}
		boolean remove = looksLikeBoilerplate(node, text, isList, weight);
		if (isList && remove) {
			for (Element child : node.children()) {
				if (child.childrenSize() > 1) {
					return true;
				}
			}
			return node.getElementsByTag("img").size() != node.getElementsByTag("li").size();
		}
		return remove;
	}

	private static boolean looksLikeBoilerplate(Element node, String text, boolean isList, int weight) {
		int p = node.getElementsByTag("p").size();
		int img = node.getElementsByTag("img").size();
		int li = node.getElementsByTag("li").size() - 100;
		int input = node.getElementsByTag("input").size();
		int embeds = 0;
		for (Element embed : node.select("object, embed, iframe")) {
			if (VIDEOS.matcher(embed.attributes().html()).find()) {
				return false;
			}
			embeds++;
		}
		if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
			return true;
		}
		int length = text.length();
		double linkDensity = ContentScore.linkDensity(node);
		boolean inFigure = node.closest("figure") != null;
		double headingDensity = length == 0 ? 0 : (double) node.select("h1, h2, h3, h4, h5, h6").text().length() / length;
		return !inFigure && img > 1 && (double) p / img < 0.5
				|| !isList && li > p
				|| input > p / 3
				|| !isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && linkDensity > 0
				|| !isList && weight < 25 && linkDensity > 0.2
				|| weight >= 25 && linkDensity > 0.5
				|| embeds == 1 && length < 75 || embeds > 1
				|| img == 0 && length == 0;
	}

	private static double listShare(Element node, String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int listLength = 0;
		for (Element list : node.select("ul, ol")) {
			listLength += list.text().length();
		}
		return (double) listLength / text.length();
	}

	private static Map<Element, Boolean> markDataTables(Element root) {
		Map<Element, Boolean> result = new IdentityHashMap<>();
		for (Element table : new ArrayList<>(root.getElementsByTag("table"))) {
			result.put(table, isDataTable(table));
		}
		return result;
	}

	private static boolean isDataTable(Element table) {
		if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
			return false;
		}
		if (!table.attr("summary").isEmpty() || !table.select("caption, col, colgroup, tfoot, thead, th").isEmpty()) {
			return true;
		}
		if (table.getElementsByTag("table").size() > 1) {
			return false;
		}
		int rows = table.select("tr").size();
		int columns = 0;
		for (Element row : table.select("tr")) {
			columns = Math.max(columns, row.select("td").size());
		}
		if (rows == 1 || columns == 1) {
			return false;
		}
		return rows >= 10 || columns > 4 || rows * columns > 10;
	}
}
