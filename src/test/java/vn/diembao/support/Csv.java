package vn.diembao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.diembao.shared.text.CsvRows;

/** CSV test resources as rows keyed by the header; a row prints as its second column (readable test names). */
public final class Csv {

	private Csv() {
	}

	public static List<Map<String, String>> read(String classpathResource) {
		try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(classpathResource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + classpathResource);
			}
			return CsvRows.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
				.map(Csv::named)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> named(Map<String, String> row) {
		String name = row.values().stream().skip(1).findFirst().orElse("");
		return new LinkedHashMap<>(row) {
			@Override
			public String toString() {
				return name;
			}
		};
	}
}
