package vn.diembao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated report section as formatted text: paragraphs of runs (bold, italic, footnote references) and the
 * footnotes they refer to, numbered from 1. The page, the DOCX and the clipboard text are all drawn from it.
 */
public record ReportText(String heading, List<Paragraph> paragraphs, List<String> footnotes) {

	public record Run(String text, boolean bold, boolean italic, int footnote) {

		public boolean isFootnote() {
			return footnote > 0;
		}
	}

	public record Paragraph(List<Run> runs) {

		/** The paragraph as plain text; footnote references as superscript digits, or left out. */
		public String plain(boolean withFootnoteMarks) {
			return runs.stream()
				.map(run -> run.isFootnote() ? (withFootnoteMarks ? superscript(run.footnote()) : "") : run.text())
				.collect(Collectors.joining());
		}
	}

	/** The heading, the paragraphs and, after a rule, the footnotes: what the copy button puts on the clipboard. */
	public String plain(boolean withFootnotes) {
		List<String> lines = new ArrayList<>();
		lines.add(heading);
		paragraphs.forEach(p -> lines.add(p.plain(withFootnotes)));
		if (withFootnotes && !footnotes.isEmpty()) {
			lines.add("---");
			for (int i = 0; i < footnotes.size(); i++) {
				lines.add(superscript(i + 1) + " " + footnotes.get(i));
			}
		}
		return String.join("\n", lines);
	}

	static String superscript(int number) {
		String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
		StringBuilder out = new StringBuilder();
		for (char c : Integer.toString(number).toCharArray()) {
			out.append(digits.charAt(c - '0'));
		}
		return out.toString();
	}

	/** Builds one paragraph run by run; footnotes are numbered in the order they are referred to. */
	static final class Builder {

		private final String heading;
		private final List<Paragraph> paragraphs = new ArrayList<>();
		private final List<String> footnotes = new ArrayList<>();
		private List<Run> current;

		Builder(String heading) {
			this.heading = heading;
		}

		Builder paragraph() {
			current = new ArrayList<>();
			paragraphs.add(new Paragraph(current));
			return this;
		}

		Builder text(String text) {
			current.add(new Run(text, false, false, 0));
			return this;
		}

		Builder bold(String text) {
			current.add(new Run(text, true, false, 0));
			return this;
		}

		Builder italic(String text) {
			current.add(new Run(text, false, true, 0));
			return this;
		}

		/** A footnote reference here; nothing when the note would be empty. */
		Builder footnote(String note) {
			if (note != null && !note.isBlank()) {
				footnotes.add(note);
				current.add(new Run("", false, false, footnotes.size()));
			}
			return this;
		}

		ReportText build() {
			return new ReportText(heading, paragraphs.stream().map(p -> new Paragraph(List.copyOf(p.runs()))).toList(),
					List.copyOf(footnotes));
		}
	}
}
