package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The generic body finder: scores every paragraph, credits its ancestors, takes the best-scoring container and its
 * related siblings, then cleans it. The scheme is Mozilla Readability's (proven on millions of pages), with retries
 * that relax the filters when too little text survives, and our own cleaning of captions and boxes afterwards.
 */
final class MainContent {

	private static final int CHAR_THRESHOLD = 500;
	private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
	private static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
	private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "canvas", "cite",
			"code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
			"noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
			"sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "big", "tt");
	private static final Set<String> KEEP_TAG_ON_MERGE = Set.of("div", "article", "section", "p", "ol", "ul");

	record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
	}

	private static final List<Flags> ATTEMPTS = List.of(new Flags(true, true, true), new Flags(false, true, true),
			new Flags(false, false, true), new Flags(false, false, false));

	private MainContent() {
	}

	/** The article's content element (detached), or null when the page has no body at all. */
	static Element find(Document page, String title) {
		Element longest = null;
		int longestLength = -1;
		for (Flags flags : ATTEMPTS) {
			Document document = page.clone();
			PageCleaner.prepare(document, title);
			if (document.body() == null) {
				return null;
			}
			Element article = new Grab(flags).run(document);
			int length = article.text().length();
			if (length >= CHAR_THRESHOLD) {
				return article;
			}
			if (length > longestLength) {
				longest = article;
				longestLength = length;
			}
		}
		return longestLength > 0 ? longest : null;
	}

	private static final class Grab {

		private final Flags flags;
		private final Map<Element, Double> scores = new IdentityHashMap<>();

		Grab(Flags flags) {
			this.flags = flags;
		}

		Element run(Document document) {
			Element body = document.body();
			List<Element> toScore = normalise(body);
			List<Element> candidates = score(toScore);
			Element top = topCandidate(candidates, body);
			Element article = mergeSiblings(top, document);
			ArticleCleaner.clean(article, flags.cleanConditionally(), flags.weightClasses());
			return article;
		}

		/** Drops unlikely boxes, turns text-only divs into paragraphs, and lists the elements worth scoring. */
		private List<Element> normalise(Element body) {
			List<Element> toScore = new ArrayList<>();
			Element node = body;
			while (node != null) {
				if (node != body && flags.stripUnlikely() && isUnlikely(node)) {
					node = removeAndNext(node, body);
					continue;
				}
				if (isEmptyContainer(node)) {
					node = removeAndNext(node, body);
					continue;
				}
				if (TAGS_TO_SCORE.contains(node.normalName())) {
					toScore.add(node);
				}
				if (node.normalName().equals("div")) {
					node = normaliseDiv(node, toScore);
				}
				node = next(node, false, body);
			}
			return toScore;
		}

		private Element normaliseDiv(Element div, List<Element> toScore) {
			wrapPhrasing(div);
			if (div.childrenSize() == 1 && div.child(0).normalName().equals("p") && !hasOwnText(div)
					&& ContentScore.linkDensity(div) < 0.25) {
				Element p = div.child(0);
				div.replaceWith(p);
				toScore.add(p);
				return p;
			}
			if (!hasBlockDescendant(div)) {
				div.tagName("p");
				toScore.add(div);
			}
			return div;
		}

		private static void wrapPhrasing(Element div) {
			Element p = null;
			for (Node child : new ArrayList<>(div.childNodes())) {
				if (isPhrasing(child)) {
					if (p != null) {
						p.appendChild(child);
					}
					else if (!isWhitespace(child)) {
						p = new Element("p");
						child.replaceWith(p);
						p.appendChild(child);
					}
				}
				else {
					p = null;
				}
			}
		}

		private boolean isUnlikely(Element node) {
			String match = node.className() + " " + node.id();
			if (ContentScore.UNLIKELY.matcher(match).find() && !ContentScore.MAYBE_CANDIDATE.matcher(match).find()
					&& !node.normalName().equals("a") && !node.normalName().equals("body")
					&& node.closest("table, code") == null) {
				return true;
			}
			return ContentScore.UNLIKELY_ROLES.contains(node.attr("role"));
		}

		private static boolean isEmptyContainer(Element node) {
			return switch (node.normalName()) {
				case "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6" ->
					node.text().isBlank() && node.select("img, video, picture, iframe, object, embed, table").isEmpty()
							&& node.getElementsByTag("br").size() + node.getElementsByTag("hr").size() == node
								.getAllElements()
								.size() - 1;
				default -> false;
			};
		}

		private List<Element> score(List<Element> toScore) {
			List<Element> candidates = new ArrayList<>();
			for (Element element : toScore) {
				if (element.parent() == null) {
					continue;
				}
				String text = element.text();
				if (text.length() < 25) {
					continue;
				}
				double contentScore = ContentScore.paragraphScore(text);
				Element ancestor = element.parent();
				for (int level = 0; level < 5 && ancestor != null && isInsideHtml(ancestor); level++) {
					if (!scores.containsKey(ancestor)) {
						scores.put(ancestor, flags.weightClasses() ? ContentScore.initialScore(ancestor)
								: ContentScore.initialScore(ancestor) - ContentScore.classWeight(ancestor));
						candidates.add(ancestor);
					}
					double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
					scores.merge(ancestor, contentScore / divider, Double::sum);
					ancestor = ancestor.parent();
				}
			}
			for (Element candidate : candidates) {
				scores.put(candidate, scores.get(candidate) * (1 - ContentScore.linkDensity(candidate)));
			}
			candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
			return candidates.size() > 5 ? candidates.subList(0, 5) : candidates;
		}

		private Element topCandidate(List<Element> top, Element body) {
			if (top.isEmpty() || top.get(0) == body || !body.parents().isEmpty() && top.get(0).parents().size() < 2) {
				Element all = new Element("div");
				for (Node child : new ArrayList<>(body.childNodes())) {
					all.appendChild(child);
				}
				body.appendChild(all);
				scores.put(all, 0.0);
				return all;
			}
			Element best = sharedAncestorOfAlternatives(top, body);
			best = climbWhileParentScoresWell(best, body);
			while (best.parent() != null && best.parent() != body && isInsideHtml(best.parent())
					&& best.parent().childrenSize() == 1) {
				best = best.parent();
			}
			scores.putIfAbsent(best, ContentScore.initialScore(best));
			return best;
		}

		private Element sharedAncestorOfAlternatives(List<Element> top, Element body) {
			Element best = top.get(0);
			List<List<Element>> alternatives = new ArrayList<>();
			for (int i = 1; i < top.size(); i++) {
				if (scores.get(top.get(i)) / scores.get(best) >= 0.75) {
					alternatives.add(top.get(i).parents());
				}
			}
			if (alternatives.size() >= 3) {
				for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
					Element candidate = parent;
					int containing = 0;
					for (List<Element> ancestors : alternatives) {
						containing += ancestors.stream().anyMatch(a -> a == candidate) ? 1 : 0;
					}
					if (containing >= 3) {
						return parent;
					}
				}
			}
			return best;
		}

		private Element climbWhileParentScoresWell(Element best, Element body) {
			scores.putIfAbsent(best, ContentScore.initialScore(best));
			double lastScore = scores.get(best);
			double threshold = lastScore / 3;
			for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
				Double parentScore = scores.get(parent);
				if (parentScore == null) {
					continue;
				}
				if (parentScore < threshold) {
					break;
				}
				if (parentScore > lastScore) {
					return parent;
				}
				lastScore = parentScore;
			}
			return best;
		}

		private Element mergeSiblings(Element top, Document document) {
			Element article = document.createElement("div");
			double topScore = scores.get(top);
			double threshold = Math.max(10, topScore * 0.2);
			Element parent = top.parent();
			for (Element sibling : new ArrayList<>(parent.children())) {
				if (sibling == top || belongsWith(sibling, top, topScore, threshold)) {
					if (!KEEP_TAG_ON_MERGE.contains(sibling.normalName())) {
						sibling.tagName("div");
					}
					article.appendChild(sibling);
				}
			}
			return article;
		}

		private boolean belongsWith(Element sibling, Element top, double topScore, double threshold) {
			double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
			Double score = scores.get(sibling);
			if (score != null && score + bonus >= threshold) {
				return true;
			}
			if (!sibling.normalName().equals("p")) {
				return false;
			}
			double linkDensity = ContentScore.linkDensity(sibling);
			String text = sibling.text();
			return text.length() > 80 && linkDensity < 0.25
					|| text.length() < 80 && !text.isEmpty() && linkDensity == 0 && text.matches("(?s).*\\.( .*|$)");
		}
	}

	/** The html element itself (whose parent is the document) is never a candidate. */
	private static boolean isInsideHtml(Element element) {
		return element.parent() != null && !(element.parent() instanceof Document);
	}

	static boolean isPhrasing(Node node) {
		if (node instanceof TextNode) {
			return true;
		}
		if (!(node instanceof Element element)) {
			return false;
		}
		String tag = element.normalName();
		if (PHRASING.contains(tag)) {
			return true;
		}
		if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
			return element.childNodes().stream().allMatch(MainContent::isPhrasing);
		}
		return false;
	}

	private static boolean isWhitespace(Node node) {
		return node instanceof TextNode text ? text.isBlank()
				: node instanceof Element element && element.normalName().equals("br");
	}

	private static boolean hasOwnText(Element element) {
		return !element.ownText().isBlank();
	}

	private static boolean hasBlockDescendant(Element element) {
		for (Element descendant : element.getAllElements()) {
			if (descendant != element && BLOCKS.contains(descendant.normalName())) {
				return true;
			}
		}
		return false;
	}

	private static Element removeAndNext(Element node, Element root) {
		Element next = next(node, true, root);
		node.remove();
		return next;
	}

	/** Depth-first document order; {@code skipChildren} moves past the element's subtree. */
	static Element next(Element node, boolean skipChildren, Element root) {
		if (!skipChildren && node.childrenSize() > 0) {
			return node.child(0);
		}
		for (Element current = node; current != null && current != root; current = current.parent()) {
			Element sibling = current.nextElementSibling();
			if (sibling != null) {
				return sibling;
			}
		}
		return null;
	}
}
