package vn.diembao.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import vn.diembao.shared.text.CsvRows;

/**
 * CSV files that administrators export, edit in a spreadsheet and import again. Written with a byte-order mark so
 * Excel reads Vietnamese as UTF-8; a cell opening with = or @ is prefixed with an apostrophe so a spreadsheet does not
 * run it as a formula, and the apostrophe is removed again on import.
 */
final class CsvTable {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private CsvTable() {
	}

	static String write(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, header);
		rows.forEach(row -> line(out, row));
		return out.toString();
	}

	static List<Map<String, String>> read(String text) {
		return CsvRows.parse(text).stream().map(CsvTable::unguarded).toList();
	}

	/** A required column set: refuses a file whose header lacks one (typically a file of another kind). */
	static void requireColumns(List<Map<String, String>> rows, List<String> columns) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("Tệp CSV không có dòng dữ liệu nào.");
		}
		List<String> missing = columns.stream().filter(c -> !rows.get(0).containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Tệp CSV thiếu cột: " + String.join(", ", missing) + ".");
		}
	}

	/** A date as the files write it: ISO, empty when absent. */
	static String day(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** A date cell read back; {@code example} shows the expected form in the error. */
	static LocalDate parseDay(String value, String example) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("ngày “" + value + "” phải viết dạng năm-tháng-ngày (" + example + ").");
		}
	}

	private static Map<String, String> unguarded(Map<String, String> row) {
		var copy = new java.util.LinkedHashMap<String, String>();
		row.forEach((key, value) -> copy.put(key,
				value.length() > 1 && value.charAt(0) == '\'' && (value.charAt(1) == '=' || value.charAt(1) == '@')
						? value.substring(1) : value.trim()));
		return copy;
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		String guarded = !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@') ? "'" + value : value;
		if (guarded.contains(",") || guarded.contains("\"") || guarded.contains("\n") || guarded.contains("\r")) {
			return "\"" + guarded.replace("\"", "\"\"") + "\"";
		}
		return guarded;
	}
}
