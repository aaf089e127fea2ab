package vn.diembao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

import vn.diembao.shared.office.Decree30Page;

/**
 * The report section as an editable Word document, laid out as the bulletin's DOCX after Nghị định 30/2020/NĐ-CP: A4,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14, justified paragraphs with a first-line
 * indent; the footnotes are Word footnotes, so the officer can paste the section into the full report and keep them.
 */
@Component
class ReportDocx {

	private static final String FONT = "Times New Roman";
	private static final int BODY = 14;
	private static final int NOTE = 10;

	byte[] docx(ReportText text, String title) {
		try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			Decree30Page.apply(doc);
			if (title != null) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setAlignment(ParagraphAlignment.CENTER);
				heading.setSpacingAfter(240);
				run(heading, title, true, false, BODY);
			}
			XWPFParagraph heading = body(doc);
			run(heading, text.heading(), true, true, BODY);
			List<XWPFFootnote> notes = footnotes(doc, text.footnotes());
			for (ReportText.Paragraph paragraph : text.paragraphs()) {
				XWPFParagraph p = body(doc);
				for (ReportText.Run r : paragraph.runs()) {
					if (r.isFootnote()) {
						p.addFootnoteReference(notes.get(r.footnote() - 1));
					}
					else {
						run(p, r.text(), r.bold(), r.italic(), BODY);
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<XWPFFootnote> footnotes(XWPFDocument doc, List<String> texts) {
		List<XWPFFootnote> notes = new ArrayList<>();
		for (String note : texts) {
			XWPFFootnote footnote = doc.createFootnote();
			XWPFParagraph p = footnote.createParagraph();
			p.setAlignment(ParagraphAlignment.BOTH);
			footnote.ensureFootnoteRef(p);
			run(p, " " + note, false, false, NOTE);
			notes.add(footnote);
		}
		return notes;
	}

	private static XWPFParagraph body(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setFirstLineIndent(567);
		p.setSpacingAfter(120);
		return p;
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}
}
