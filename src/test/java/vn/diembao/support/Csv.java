package vn.diembao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV from the test classpath, as rows keyed by the header. */
public final class Csv {

	private Csv() {
	}

	public static List<Map<String, String>> read(String classpathResource) {
		try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(classpathResource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + classpathResource);
			}
			List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<String> header = records.get(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> record : records.subList(1, records.size())) {
				Map<String, String> row = new LinkedHashMap<>() {
					@Override
					public String toString() {
						return get(header.get(1));
					}
				};
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < record.size() ? record.get(i) : "");
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<List<String>> parse(String text) {
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
				records.add(record);
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
}
