package vn.diembao.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

import vn.diembao.shared.office.Decree30Page;

/**
 * The bulletin as an editable Word document laid out after Nghị định 30/2020/NĐ-CP (administrative documents): A4,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14; the issuer and the national motto side by
 * side, then number and place-date, then the title.
 */
@Component
class DocxRenderer {

	private static final String FONT = "Times New Roman";
	private static final DateTimeFormatter PLACE_DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

	byte[] docx(Edition edition) {
		try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			Decree30Page.apply(doc);
			header(doc, edition);
			paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, edition.heading()).setSpacingBefore(240);
			paragraph(doc, ParagraphAlignment.CENTER, 14, false, false, edition.period());
			if (edition.bulletin().correctionNote() != null) {
				paragraph(doc, ParagraphAlignment.BOTH, 14, false, true, "Đính chính: " + edition.bulletin().correctionNote());
			}
			if (edition.bulletin().editorNote() != null) {
				paragraph(doc, ParagraphAlignment.BOTH, 14, false, true, "Ghi chú của ban biên tập: " + edition.bulletin().editorNote());
			}
			for (Edition.SectionItems section : edition.sections()) {
				paragraph(doc, ParagraphAlignment.LEFT, 14, true, false, section.heading()).setSpacingBefore(200);
				int n = 0;
				for (BulletinItem item : section.items()) {
					paragraph(doc, ParagraphAlignment.BOTH, 14, true, false, (++n) + ". " + item.title());
					paragraph(doc, ParagraphAlignment.LEFT, 13, false, true, meta(item));
					if (item.summary() != null && !item.summary().isBlank()) {
						paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, item.summary()).setFirstLineIndent(567);
					}
				}
			}
			if (edition.hasStatistics()) {
				statistics(doc, edition);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The issuer (left) and the national motto (right), then the number and the place and date. */
	private static void header(XWPFDocument doc, Edition edition) {
		XWPFTable table = doc.createTable(2, 2);
		table.removeBorders();
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth("100%");
		cell(table.getRow(0).getCell(0), 13, false, "UBND TỈNH " + edition.provinceName().toUpperCase(new Locale("vi")));
		cell(table.getRow(0).getCell(0), 13, true, edition.issuer());
		cell(table.getRow(0).getCell(1), 13, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		cell(table.getRow(0).getCell(1), 14, true, "Độc lập - Tự do - Hạnh phúc");
		cell(table.getRow(1).getCell(0), 13, false, edition.bulletin().numberLabel());
		XWPFRun date = cell(table.getRow(1).getCell(1), 14, false,
				edition.provinceName() + ", " + PLACE_DATE.format(edition.bulletin().issueDate()));
		date.setItalic(true);
	}

	private static XWPFRun cell(XWPFTableCell cell, int size, boolean bold, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
				? cell.getParagraphs().get(0) : cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return run(paragraph, size, bold, false, text);
	}

	private static void statistics(XWPFDocument doc, Edition edition) {
		paragraph(doc, ParagraphAlignment.LEFT, 14, true, false, "Thống kê tin, bài trong kỳ").setSpacingBefore(200);
		paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, edition.totalArticles() + " tin, bài của "
				+ edition.outletCounts().size() + " cơ quan báo chí; " + edition.toneShare());
		XWPFTable table = doc.createTable(edition.outletCounts().size() + 1, 4);
		table.setWidth("100%");
		String[] head = { "Cơ quan báo chí", "Tích cực", "Trung tính", "Tồn tại, hạn chế" };
		for (int c = 0; c < 4; c++) {
			cell(table.getRow(0).getCell(c), 13, true, head[c]);
		}
		int r = 1;
		for (OutletCount count : edition.outletCounts()) {
			var row = table.getRow(r++);
			cell(row.getCell(0), 13, false, count.outletName());
			cell(row.getCell(1), 13, false, String.valueOf(count.positive()));
			cell(row.getCell(2), 13, false, String.valueOf(count.neutral()));
			cell(row.getCell(3), 13, false, String.valueOf(count.negative()));
		}
		if (!edition.negatives().isEmpty()) {
			paragraph(doc, ParagraphAlignment.LEFT, 14, true, false, "Tin, bài phản ánh tồn tại, hạn chế").setSpacingBefore(200);
			int n = 0;
			for (BulletinItem item : edition.negatives()) {
				paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, (++n) + ". " + item.footnote());
			}
		}
		caseStatus(doc, edition);
	}

	private static void caseStatus(XWPFDocument doc, Edition edition) {
		paragraph(doc, ParagraphAlignment.LEFT, 14, true, false, "Tình hình xử lý thông tin báo chí phản ánh").setSpacingBefore(200);
		if (edition.caseStatus().isEmpty()) {
			paragraph(doc, ParagraphAlignment.BOTH, 14, false, false, "Trong kỳ không có hồ sơ đề nghị cơ quan, đơn vị xử lý.");
			return;
		}
		XWPFTable table = doc.createTable(edition.caseStatus().size() + 2, 4);
		table.setWidth("100%");
		String[] head = { "Cơ quan, đơn vị", "Đã chuyển", "Đã trả lời", "Quá hạn" };
		for (int c = 0; c < 4; c++) {
			cell(table.getRow(0).getCell(c), 13, true, head[c]);
		}
		int r = 1;
		for (CaseStatus line : edition.caseStatus()) {
			caseRow(table.getRow(r++), line, false);
		}
		caseRow(table.getRow(r), edition.caseTotals(), true);
	}

	private static void caseRow(org.apache.poi.xwpf.usermodel.XWPFTableRow row, CaseStatus line, boolean bold) {
		cell(row.getCell(0), 13, bold, line.agencyName());
		cell(row.getCell(1), 13, bold, String.valueOf(line.sent()));
		cell(row.getCell(2), 13, bold, String.valueOf(line.answered()));
		cell(row.getCell(3), 13, bold, String.valueOf(line.overdue()));
	}

	private static String meta(BulletinItem item) {
		StringBuilder meta = new StringBuilder(item.outletName());
		if (item.publishedAt() != null) {
			meta.append(", ").append(Edition.DAY.format(item.publishedAt().atZone(BulletinPeriods.VIETNAM)));
		}
		if (item.places() != null && !item.places().isBlank()) {
			meta.append(" · ").append(item.places());
		}
		return meta.append(" · ").append(item.tone().label()).toString();
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int size, boolean bold,
			boolean italic, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(60);
		run(paragraph, size, bold, italic, text);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, int size, boolean bold, boolean italic, String text) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return run;
	}
}
