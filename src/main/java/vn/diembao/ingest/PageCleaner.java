package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import vn.diembao.shared.text.VietnameseText;

/**
 * Removes what is never article text before the body is looked for: code, hidden elements, the title heading
 * (the title is a separate field) and short byline/date lines; rewrites double line breaks into paragraphs.
 */
final class PageCleaner {

	private static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, link, meta, object, embed,"
			+ " button, select, input, textarea, [hidden], [aria-hidden=true], dialog, [aria-modal=true]";
	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author|tac-?gia",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DATELINE = Pattern.compile(
			"(^|[-_ ])(date|time|timestamp|pubdate|published|updated|posted|ngay-?dang|thoi-?gian)([-_ ]|$)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COMMENTS = Pattern.compile(
			"^(comments?|comments?-(area|list|section|wrapper|container|block)|commentlist|disqus_thread|respond|"
					+ "binh-?luan|box-?comment|comment-?box)$", Pattern.CASE_INSENSITIVE);

	private PageCleaner() {
	}

	static void prepare(Document document, String title) {
		removeComments(document);
		for (Element element : document.select(NEVER_CONTENT)) {
			if (!element.hasClass("fallback-image")) {
				element.remove();
			}
		}
		for (Element styled : document.select("[style]")) {
			if (HIDDEN_STYLE.matcher(styled.attr("style")).find()) {
				styled.remove();
			}
		}
		for (Element font : document.getElementsByTag("font")) {
			font.tagName("span");
		}
		removeMetadataLines(document);
		removeCommentSections(document);
		removeTitleHeading(document, title);
		BreakParagraphs.rewrite(document);
	}

	private static void removeComments(Node node) {
		List<Node> comments = new ArrayList<>();
		node.forEachNode(n -> {
			if (n instanceof Comment) {
				comments.add(n);
			}
		});
		comments.forEach(Node::remove);
	}

	/** Bylines and datelines are fields of their own; in the body they are noise. */
	private static void removeMetadataLines(Document document) {
		if (document.body() == null) {
			return;
		}
		for (Element element : document.body().select("[class], [id], [rel=author], [itemprop~=author]")) {
			if (element.parent() == null || element.normalName().equals("body") || element.normalName().equals("html")) {
				continue;
			}
			String match = element.className() + " " + element.id();
			boolean byline = BYLINE.matcher(match).find() || element.attr("rel").equals("author")
					|| element.attr("itemprop").contains("author");
			boolean dateline = DATELINE.matcher(element.className()).find() || element.normalName().equals("time");
			if ((byline || dateline) && element.text().length() < 100 && element.select("p").size() <= 1
					&& !element.normalName().equals("p")) {
				element.remove();
			}
		}
	}

	/**
	 * Reader comments can outweigh a short article; a section named for them goes, unless it holds the title
	 * heading (then the name is a template's accident, and the article is inside).
	 */
	private static void removeCommentSections(Document document) {
		for (Element element : document.select("[id], [class]")) {
			if (element.parent() == null || !element.getElementsByTag("h1").isEmpty()) {
				continue;
			}
			boolean named = COMMENTS.matcher(element.id()).matches();
			for (String className : element.classNames()) {
				named |= COMMENTS.matcher(className).matches();
			}
			if (named) {
				element.remove();
			}
		}
	}

	private static void removeTitleHeading(Document document, String title) {
		if (title == null || title.isBlank() || document.body() == null) {
			return;
		}
		String wanted = VietnameseText.lower(title);
		for (Element heading : document.body().select("h1, h2")) {
			if (!heading.select("p, div").isEmpty()) {
				leadingPhrasing(heading).forEach(Node::remove);
				continue;
			}
			String text = VietnameseText.lower(heading.text());
			if (!text.isEmpty() && (text.equals(wanted) || wanted.contains(text) && text.length() > wanted.length() / 2
					|| text.contains(wanted) && wanted.length() > text.length() / 2)) {
				heading.remove();
			}
		}
	}

	/** A heading left open by broken markup swallows the article; its own leading inline text is the title. */
	static List<Node> leadingPhrasing(Element heading) {
		List<Node> nodes = new ArrayList<>();
		for (Node child : heading.childNodes()) {
			if (child instanceof Element element && element.is("p, div")) {
				break;
			}
			if (child instanceof Element element && !element.select("p, div").isEmpty()) {
				nodes.addAll(leadingPhrasing(element));
				break;
			}
			if (!MainContent.isPhrasing(child)) {
				break;
			}
			nodes.add(child);
		}
		return nodes;
	}

	/** Old-style pages separate paragraphs by two or more {@code <br>}; give each run its own {@code <p>}. */
	static final class BreakParagraphs {

		private BreakParagraphs() {
		}

		static void rewrite(Document document) {
			for (Element br : new ArrayList<>(document.getElementsByTag("br"))) {
				if (br.parent() == null) {
					continue;
				}
				boolean replaced = false;
				Node next = nextNonBlank(br.nextSibling());
				while (next instanceof Element e && e.normalName().equals("br")) {
					replaced = true;
					Node after = nextNonBlank(e.nextSibling());
					e.remove();
					next = after;
				}
				if (!replaced) {
					continue;
				}
				Element p = new Element("p");
				br.replaceWith(p);
				Node sibling = p.nextSibling();
				while (sibling != null) {
					if (sibling instanceof Element e && e.normalName().equals("br")) {
						Node following = nextNonBlank(e.nextSibling());
						if (following instanceof Element f && f.normalName().equals("br")) {
							break;
						}
					}
					if (!MainContent.isPhrasing(sibling)) {
						break;
					}
					Node following = sibling.nextSibling();
					p.appendChild(sibling);
					sibling = following;
				}
				if (p.parent() != null && p.parent().normalName().equals("p")) {
					p.parent().tagName("div");
				}
			}
		}

		private static Node nextNonBlank(Node node) {
			Node current = node;
			while (current instanceof TextNode text && text.isBlank()) {
				current = current.nextSibling();
			}
			return current;
		}
	}
}
