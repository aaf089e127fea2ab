package vn.diembao.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Which pre-2025 provinces a province profile covers, from {@code classify/profiles.properties}: Lâm Đồng 2026 is
 * Lâm Đồng + Đắk Nông + Bình Thuận. A new profile is three lines of configuration; its places come from the gazetteer.
 *
 * @param key the CLI name (lam-dong)
 * @param code the profile code used by the app (LDO)
 * @param provinces pre-2025 province codes (NSO) of the profile's territory
 * @param labels province codes of the labelled data that count as relevant to this profile
 */
record ProvinceScope(String key, String code, String name, Set<String> provinces, Set<String> labels) {

	private static final String RESOURCE = "classify/profiles.properties";

	static ProvinceScope named(String key) {
		Properties properties = properties();
		String code = properties.getProperty(key + ".code");
		if (code == null) {
			throw new IllegalArgumentException("Không có hồ sơ tỉnh “" + key + "” (có: " + keys(properties) + ")");
		}
		return new ProvinceScope(key, code, properties.getProperty(key + ".name"),
				Set.of(properties.getProperty(key + ".provinces").split(",")),
				Set.of(properties.getProperty(key + ".labels", "").split(",")));
	}

	/** The profile whose app code (LDO) matches, for the province profile stored in the database. */
	static ProvinceScope byCode(String code) {
		Properties properties = properties();
		return keys(properties).stream()
			.filter(key -> code.equals(properties.getProperty(key + ".code")))
			.findFirst()
			.map(ProvinceScope::named)
			.orElseThrow(() -> new IllegalArgumentException("Không có cấu hình phân loại cho hồ sơ tỉnh " + code));
	}

	static List<ProvinceScope> all() {
		return keys(properties()).stream().map(ProvinceScope::named).toList();
	}

	boolean covers(Set<String> codes) {
		for (String code : codes) {
			if (provinces.contains(code)) {
				return true;
			}
		}
		return false;
	}

	boolean coversOnly(Set<String> codes) {
		return provinces.containsAll(codes);
	}

	private static List<String> keys(Properties properties) {
		return properties.stringPropertyNames().stream()
			.filter(name -> name.endsWith(".code"))
			.map(name -> name.substring(0, name.length() - ".code".length()))
			.sorted()
			.toList();
	}

	private static Properties properties() {
		try (InputStream in = ProvinceScope.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
