package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.diembao.shared.text.VietnameseText;

/**
 * Every administrative unit name of the country (before and after 1 July 2025) and the hand-written aliases, each
 * with the pre-2025 provinces it exists in; generated into {@code classify/gazetteer.tsv} by
 * {@code src/tools/generate-classify-gazetteer.py}. Knowing the whole country is what tells a homonym from a local place.
 */
final class Gazetteer {

	/** P province, D pre-2025 district, L landmark or alias, C commune or ward. */
	enum Level {
		PROVINCE, DISTRICT, LANDMARK, COMMUNE
	}

	/** One name of one level; {@code capitalised} marks the syllables that must be capitalised in running text. */
	record Entry(String name, Level level, Set<String> provinces, boolean trap, boolean[] capitalised) {
	}

	private final Map<String, List<Entry>> byKey;
	private final int longest;

	private Gazetteer(Map<String, List<Entry>> byKey, int longest) {
		this.byKey = byKey;
		this.longest = longest;
	}

	static Gazetteer load() {
		try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("classify/gazetteer.tsv")) {
			if (in == null) {
				throw new IllegalStateException("Thiếu tài nguyên classify/gazetteer.tsv");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Gazetteer read(BufferedReader reader) throws IOException {
		Map<String, List<Entry>> byKey = new HashMap<>();
		int longest = 1;
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t", -1);
			Entry entry = entry(cols[0], level(cols[1]), Set.of(cols[2].split(",")), cols.length > 3 && cols[3].contains("h"));
			if (entry.capitalised().length > 0) {
				add(byKey, entry);
				longest = Math.max(longest, entry.capitalised().length);
			}
		}
		return new Gazetteer(byKey, longest);
	}

	/** A gazetteer plus extra names of one province (the administrator's own list in the province profile). */
	Gazetteer with(List<Entry> extra) {
		Map<String, List<Entry>> copy = new HashMap<>();
		byKey.forEach((key, entries) -> copy.put(key, new ArrayList<>(entries)));
		int max = longest;
		for (Entry entry : extra) {
			add(copy, entry);
			max = Math.max(max, entry.capitalised().length);
		}
		return new Gazetteer(copy, max);
	}

	static Entry entry(String name, Level level, Set<String> provinces, boolean trap) {
		Tokens tokens = Tokens.of(name);
		boolean[] caps = new boolean[tokens.size()];
		for (int i = 0; i < caps.length; i++) {
			// “Nhà máy alumin Nhân Cơ”: a landmark opens with a common noun that running text writes in lower case
			boolean generic = i == 0 && caps.length >= 3;
			caps[i] = tokens.capital[i] && !generic && !Character.isDigit(tokens.lower[i].charAt(0));
		}
		return new Entry(name, level, Set.copyOf(provinces), trap, caps);
	}

	private static void add(Map<String, List<Entry>> byKey, Entry entry) {
		String key = Tokens.lowered(entry.name());
		byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
		// every shorter prefix is a key too (possibly with no entries), so a scan can stop as soon as one is unknown
		for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
			byKey.putIfAbsent(key.substring(0, space), new ArrayList<>(0));
		}
	}

	/** Whether some name starts with these syllables (or is them). */
	boolean knowsPrefix(String key) {
		return byKey.containsKey(key);
	}

	List<Entry> lookup(String key) {
		return byKey.getOrDefault(key, List.of());
	}

	/** The profile's province names, folded, with at least two syllables: what is safe to find in a URL slug. */
	List<String> foldedProvinceNames(ProvinceScope scope) {
		return byKey.values().stream()
			.flatMap(List::stream)
			.filter(entry -> entry.level() == Level.PROVINCE && scope.coversOnly(entry.provinces()))
			.map(entry -> VietnameseText.fold(entry.name()))
			.filter(name -> name.contains(" "))
			.distinct()
			.sorted()
			.toList();
	}

	int longest() {
		return longest;
	}

	private static Level level(String code) {
		return switch (code) {
			case "P" -> Level.PROVINCE;
			case "D" -> Level.DISTRICT;
			case "L" -> Level.LANDMARK;
			default -> Level.COMMUNE;
		};
	}
}
