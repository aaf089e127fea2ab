package vn.diembao.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV (quoted fields with commas, doubled quotes) as rows keyed by the header line. */
public final class CsvRows {

	private CsvRows() {
	}

	public static List<Map<String, String>> parse(String text) {
		List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i).trim(), i < record.size() ? record.get(i) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				if (!(record.size() == 1 && record.get(0).isBlank())) {
					records.add(record);
				}
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	/**
	 * One field for a CSV file people open in a spreadsheet: always quoted, quotes doubled, and a leading = + - @
	 * prefixed with an apostrophe so the spreadsheet shows it instead of running it as a formula.
	 */
	public static String quotedField(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
