package vn.diembao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.diembao.casework.CaseViews.AgencyPeriodStatus;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.shared.text.CsvRows;

/** The dashboard's lists as a workbook (one sheet per list) and as CSV files that Excel opens in UTF-8. */
@Component
class DashboardExports {

	static final List<String> ARTICLE_HEADER = List.of("Ngày đăng", "Tiêu đề", "Cơ quan báo chí", "Tính chất",
			"Cần phản hồi", "Địa bàn", "Đường dẫn");
	static final List<String> AGENCY_HEADER = List.of("Cơ quan, đơn vị", "Đã chuyển", "Đã trả lời", "Quá hạn");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	byte[] xlsx(DashboardFigures figures, List<ClassifiedArticle> articles) {
		try (XSSFWorkbook book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet days = sheet(book, bold, "Theo ngày", List.of("Ngày", "Tích cực", "Trung tính", "Tồn tại, hạn chế", "Tổng"));
			figures.days().forEach(d -> row(days, d.day().toString(), d.positive(), d.neutral(), d.negative(), d.total()));
			Sheet outlets = sheet(book, bold, "Cơ quan báo chí", List.of("Cơ quan báo chí", "Tin, bài", "Tồn tại, hạn chế"));
			figures.topOutlets().forEach(c -> row(outlets, c.name(), c.total(), c.negative()));
			Sheet places = sheet(book, bold, "Địa bàn", List.of("Địa bàn", "Tin, bài", "Tồn tại, hạn chế"));
			figures.topPlaces().forEach(c -> row(places, c.name(), c.total(), c.negative()));
			Sheet stories = sheet(book, bold, "Tin tiêu cực", List.of("Tiêu đề", "Số bài", "Số cơ quan báo chí", "Đường dẫn"));
			figures.topNegativeStories().forEach(s -> row(stories, s.title(), s.articles(), s.outlets(), s.url()));
			Sheet agencies = sheet(book, bold, "Cơ quan xử lý", AGENCY_HEADER);
			figures.agencies().forEach(a -> row(agencies, a.agencyName(), a.sent(), a.answered(), a.overdue()));
			Sheet list = sheet(book, bold, "Tin bài", ARTICLE_HEADER);
			articles.forEach(a -> row(list, articleRow(a).toArray()));
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				book.getSheetAt(i).setColumnWidth(0, 60 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	byte[] articlesCsv(List<ClassifiedArticle> articles) {
		StringBuilder csv = new StringBuilder();
		line(csv, ARTICLE_HEADER.toArray());
		articles.forEach(a -> line(csv, articleRow(a).toArray()));
		return withBom(csv);
	}

	byte[] agenciesCsv(List<AgencyPeriodStatus> agencies) {
		StringBuilder csv = new StringBuilder();
		line(csv, AGENCY_HEADER.toArray());
		agencies.forEach(a -> line(csv, a.agencyName(), a.sent(), a.answered(), a.overdue()));
		return withBom(csv);
	}

	private static List<Object> articleRow(ClassifiedArticle a) {
		return List.of(a.publishedAt() == null ? "" : WHEN.format(a.publishedAt().atZone(ReportFigureSource.VIETNAM)),
				a.title(), a.outletName(), a.tone().label(), a.needsResponse() ? "Có" : "", a.places() == null ? "" : a.places(),
				a.url());
	}

	private static Sheet sheet(XSSFWorkbook book, CellStyle bold, String name, List<String> header) {
		Sheet sheet = book.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			row.createCell(i).setCellValue(header.get(i));
			row.getCell(i).setCellStyle(bold);
		}
		return sheet;
	}

	private static void row(Sheet sheet, Object... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(String.valueOf(values[i]));
			}
		}
	}

	/** RFC 4180: every field quoted, quotes doubled; a cell starting with = + - @ is prefixed so Excel runs no formula. */
	private static void line(StringBuilder csv, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			// a negative number is a number, not a formula
			csv.append(values[i] instanceof Number number ? "\"" + number + "\""
					: CsvRows.quotedField(String.valueOf(values[i])));
		}
		csv.append("\r\n");
	}

	private static byte[] withBom(StringBuilder csv) {
		return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
	}
}
