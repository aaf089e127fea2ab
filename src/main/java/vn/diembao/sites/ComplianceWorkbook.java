package vn.diembao.sites;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The compliance matrix as an XLSX sheet (one row per site, one column per check, cells coloured and worded
 * Đạt / Cần lưu ý / Không đạt) and a second sheet with each verdict's detail.
 */
@Component
class ComplianceWorkbook {

	private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	byte[] write(ComplianceMatrix matrix, BannerSentence sentence) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle green = fill(workbook, IndexedColors.LIGHT_GREEN);
			CellStyle amber = fill(workbook, IndexedColors.LIGHT_YELLOW);
			CellStyle red = fill(workbook, IndexedColors.ROSE);

			Sheet sheet = workbook.createSheet("Tuân thủ");
			sheet.createRow(0).createCell(0).setCellValue(sentence.text() + ".");
			sheet.createRow(1).createCell(0).setCellValue(sentence.footnote());
			Row head = sheet.createRow(3);
			String[] fixed = { "Trang thông tin điện tử", "Cơ quan", "Cấp", "Địa chỉ" };
			for (int i = 0; i < fixed.length; i++) {
				cell(head, i, fixed[i], header);
			}
			for (int c = 0; c < matrix.checks().size(); c++) {
				cell(head, fixed.length + c, matrix.checks().get(c).label(), header);
			}
			Sheet details = workbook.createSheet("Chi tiết");
			Row detailHead = details.createRow(0);
			String[] detailColumns = { "Trang thông tin điện tử", "Kiểm tra", "Kết quả", "Chi tiết", "Thời điểm kiểm tra" };
			for (int i = 0; i < detailColumns.length; i++) {
				cell(detailHead, i, detailColumns[i], header);
			}
			int detailRow = 1;
			for (int r = 0; r < matrix.rows().size(); r++) {
				ComplianceMatrix.Row site = matrix.rows().get(r);
				Row row = sheet.createRow(4 + r);
				row.createCell(0).setCellValue(site.site().name());
				row.createCell(1).setCellValue(site.agencyName() == null ? "" : site.agencyName());
				row.createCell(2).setCellValue(site.site().level().label());
				row.createCell(3).setCellValue(site.site().url());
				for (int c = 0; c < site.cells().size(); c++) {
					CheckResult result = site.cells().get(c);
					if (result == null) {
						continue;
					}
					CellStyle style = switch (result.status()) {
						case GREEN -> green;
						case AMBER -> amber;
						case RED -> red;
					};
					cell(row, fixed.length + c, result.status().label(), style);
					Row detail = details.createRow(detailRow++);
					detail.createCell(0).setCellValue(site.site().name());
					detail.createCell(1).setCellValue(matrix.checks().get(c).label());
					detail.createCell(2).setCellValue(result.status().label());
					detail.createCell(3).setCellValue(result.detail());
					detail.createCell(4).setCellValue(CHECKED.format(result.checkedAt().atZone(SiteClock.ZONE)));
				}
			}
			for (int i = 0; i < fixed.length; i++) {
				sheet.setColumnWidth(i, i == 3 ? 40 * 256 : 30 * 256);
			}
			for (int i = 0; i < detailColumns.length; i++) {
				details.setColumnWidth(i, i == 3 ? 80 * 256 : 25 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CellStyle fill(XSSFWorkbook workbook, IndexedColors colour) {
		CellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}
}
