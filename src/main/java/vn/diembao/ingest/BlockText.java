package vn.diembao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of a content element as paragraphs: one per block (p, heading, list item, quote, table row…). */
final class BlockText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
			"h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "hr",
			"address", "center", "details", "summary", "caption", "tbody", "thead", "tfoot");
	private static final Set<String> CELLS = Set.of("td", "th");

	private BlockText() {
	}

	static List<String> paragraphs(Element root) {
		Collector collector = new Collector();
		NodeTraversor.traverse(collector, root);
		collector.flush();
		return collector.paragraphs;
	}

	private static final class Collector implements NodeVisitor {

		private final List<String> paragraphs = new ArrayList<>();
		private final StringBuilder current = new StringBuilder();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				append(text.getWholeText());
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if (BLOCKS.contains(tag)) {
					flush();
				}
				else if (tag.equals("br")) {
					flush();
				}
				else if (CELLS.contains(tag)) {
					append(" ");
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				if (BLOCKS.contains(element.normalName())) {
					flush();
				}
				else if (CELLS.contains(element.normalName())) {
					append(" ");
				}
			}
		}

		private void append(String text) {
			current.append(text);
		}

		void flush() {
			String text = normalise(current);
			current.setLength(0);
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
		}

		private static String normalise(CharSequence raw) {
			StringBuilder out = new StringBuilder(raw.length());
			boolean space = false;
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
					space = out.length() > 0;
				}
				else {
					if (space) {
						out.append(' ');
						space = false;
					}
					out.append(c);
				}
			}
			return out.toString();
		}
	}
}
