package vn.diembao.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds place names in one zone of an article, longest name first, and reads the word before each: “xã Đăk Nông” is
 * a commune (in Kon Tum), “tỉnh Đắk Nông” the province, “sông Krông Nô” a river, “trú tại Lâm Đồng” a passing mention.
 */
final class PlaceMatcher {

	/** One place mention: the words as matched, the provinces the name may mean and how sure the name is a place. */
	record Mention(String alias, Gazetteer.Level level, Set<String> provinces, boolean trap, boolean prefixed,
			boolean passing, int start, int end) {
	}

	private static final Map<String, EnumSet<Gazetteer.Level>> PREFIXES = Map.ofEntries(
			Map.entry("tỉnh", EnumSet.of(Gazetteer.Level.PROVINCE)),
			Map.entry("xã", EnumSet.of(Gazetteer.Level.COMMUNE)),
			Map.entry("phường", EnumSet.of(Gazetteer.Level.COMMUNE)),
			Map.entry("trấn", EnumSet.of(Gazetteer.Level.COMMUNE)),
			Map.entry("khu", EnumSet.of(Gazetteer.Level.COMMUNE)),
			Map.entry("đặc khu", EnumSet.of(Gazetteer.Level.COMMUNE, Gazetteer.Level.DISTRICT)),
			Map.entry("huyện", EnumSet.of(Gazetteer.Level.DISTRICT)),
			Map.entry("quận", EnumSet.of(Gazetteer.Level.DISTRICT)),
			Map.entry("tx", EnumSet.of(Gazetteer.Level.DISTRICT)),
			Map.entry("thị xã", EnumSet.of(Gazetteer.Level.DISTRICT)),
			Map.entry("tp", EnumSet.of(Gazetteer.Level.DISTRICT, Gazetteer.Level.PROVINCE)),
			Map.entry("thành phố", EnumSet.of(Gazetteer.Level.DISTRICT, Gazetteer.Level.PROVINCE)));
	private static final Set<String> RIVERS = Set.of("sông", "suối", "dòng");
	/** Words before a place that make it a route, a hometown or an address rather than where the news happens. */
	private static final Set<String> PASSING = Set.of("trú", "ngụ", "quê", "tuyến", "đi", "từ", "hướng");

	private static final Set<String> LINKS = Set.of("tại", "ở", "tỉnh", "về", "vào", "ra", "lên");

	private final Gazetteer gazetteer;

	PlaceMatcher(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	List<Mention> find(Tokens tokens) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Mention mention = longestAt(tokens, i);
			if (mention != null) {
				mentions.add(mention);
				i = mention.end();
			}
			else {
				i++;
			}
		}
		return mentions;
	}

	private Mention longestAt(Tokens tokens, int start) {
		int reach = 0;
		for (int len = 1; len <= Math.min(gazetteer.longest(), tokens.size() - start); len++) {
			if (!gazetteer.knowsPrefix(tokens.join(start, start + len))) {
				break;
			}
			reach = len;
		}
		for (int len = reach; len >= 1; len--) {
			List<Gazetteer.Entry> entries = gazetteer.lookup(tokens.join(start, start + len));
			if (entries.isEmpty()) {
				continue;
			}
			Mention mention = resolve(tokens, start, start + len, entries);
			if (mention != null) {
				return mention;
			}
		}
		return null;
	}

	private static Mention resolve(Tokens tokens, int start, int end, List<Gazetteer.Entry> entries) {
		String before = start > 0 ? tokens.lower[start - 1] : "";
		String twoBefore = start > 1 ? tokens.join(start - 2, start) : "";
		if (RIVERS.contains(before)) {
			return null;
		}
		EnumSet<Gazetteer.Level> wanted = PREFIXES.getOrDefault(twoBefore, PREFIXES.get(before));
		List<Gazetteer.Entry> usable = entries.stream()
			.filter(entry -> (wanted == null || wanted.contains(entry.level())) && capitalised(tokens, start, entry))
			.toList();
		if (usable.isEmpty()) {
			// “phường Bắc Gia Nghĩa” is fine even if the list knows the name only at another level
			return wanted == null ? null : resolve(tokens, start, end, entries, before);
		}
		// without a prefix the widest sense wins: “Khánh Hòa” is the province, not the ward in Cần Thơ; a district
		// name stays ambiguous when a commune elsewhere has it (“Krông Nô” in Đắk Lắk)
		Gazetteer.Level level = usable.stream().map(Gazetteer.Entry::level).min(Enum::compareTo).orElseThrow();
		Set<String> provinces = new HashSet<>();
		boolean trap = false;
		for (Gazetteer.Entry entry : usable) {
			if (level != Gazetteer.Level.PROVINCE || entry.level() == level) {
				provinces.addAll(entry.provinces());
				trap |= entry.trap() && entry.level() != Gazetteer.Level.PROVINCE;
			}
		}
		return new Mention(tokens.join(start, end), level, Set.copyOf(provinces), trap, wanted != null,
				passing(tokens, start), start, end);
	}

	private static Mention resolve(Tokens tokens, int start, int end, List<Gazetteer.Entry> entries, String prefix) {
		Set<String> provinces = new HashSet<>();
		Gazetteer.Level level = null;
		boolean trap = false;
		for (Gazetteer.Entry entry : entries) {
			provinces.addAll(entry.provinces());
			trap |= entry.trap();
			level = level == null || entry.level().ordinal() > level.ordinal() ? entry.level() : level;
		}
		return new Mention(prefix + " " + tokens.join(start, end), level, Set.copyOf(provinces), trap, true,
				passing(tokens, start), start, end);
	}

	private static boolean capitalised(Tokens tokens, int start, Gazetteer.Entry entry) {
		boolean[] caps = entry.capitalised();
		for (int k = 0; k < caps.length; k++) {
			if (caps[k] && !tokens.capital[start + k]) {
				return false;
			}
		}
		return true;
	}

	/** The word right before the place (or before its “tại/ở/tỉnh”): “trú tại Lâm Đồng”, “tuyến đi Đà Lạt”. */
	private static boolean passing(Tokens tokens, int start) {
		int k = start - 1;
		while (k >= 0 && k >= start - 2 && LINKS.contains(tokens.lower[k])) {
			k--;
		}
		return k >= 0 && PASSING.contains(tokens.lower[k]);
	}
}
