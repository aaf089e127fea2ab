package vn.diembao.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.diembao.shared.text.VietnameseText;

/**
 * Is the article about the profile's province? Each place mention is local (only in our provinces), ambiguous (a
 * homonym: counts only with a supporting local cue and not when the next words name another province) or foreign.
 * Title and lead weigh more than the slug and a passing body mention; a route, an address or a hometown weighs little.
 */
final class RelevanceScorer {

	static final double THRESHOLD = 2;
	private static final double TITLE = 3;
	private static final double LEAD = 2;
	private static final double SLUG = 2;
	private static final double BODY = 1;

	record Relevance(boolean relevant, double score, double foreign, List<String> places, List<String> reasons,
			boolean placeInTitle, boolean placeInLead, List<AgencyRouter.Place> localPlaces) {
	}

	/** {@code listsProvinces}: the zone names three or more provinces, so each of them is named in passing. */
	private record Zone(String label, double weight, Tokens tokens, List<PlaceMatcher.Mention> mentions,
			boolean listsProvinces) {
	}

	private final Gazetteer gazetteer;
	private final PlaceMatcher matcher;
	private final Map<String, List<String>> slugNames = new ConcurrentHashMap<>();

	RelevanceScorer(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.matcher = new PlaceMatcher(gazetteer);
	}

	Relevance score(ArticleText text, ProvinceScope scope) {
		return score(Tokens.of(text.title()), Tokens.of(text.lead()), text, scope);
	}

	Relevance score(Tokens title, Tokens lead, ArticleText text, ProvinceScope scope) {
		List<Zone> zones = List.of(zone("Tiêu đề", TITLE, title), zone("Sapo", LEAD, lead),
				zone("Nội dung", BODY, text.body().isEmpty() ? title.empty() : Tokens.of(text.body())));
		boolean supported = zones.stream().limit(2).flatMap(z -> z.mentions().stream()).anyMatch(m -> sure(m, scope));
		boolean elsewhere = zones.stream()
			.limit(2)
			.flatMap(z -> z.mentions().stream())
			.anyMatch(m -> m.level() == Gazetteer.Level.PROVINCE && !scope.covers(m.provinces()));
		double score = 0;
		double foreign = 0;
		double titleLocal = 0;
		Set<String> places = new LinkedHashSet<>();
		Set<AgencyRouter.Place> localPlaces = new LinkedHashSet<>();
		List<String> reasons = new ArrayList<>();
		for (Zone zone : zones) {
			double best = 0;
			double extra = 0;
			double bestForeign = 0;
			for (int i = 0; i < zone.mentions().size(); i++) {
				PlaceMatcher.Mention mention = zone.mentions().get(i);
				double strength = strength(zone, i, scope, supported, elsewhere);
				if (strength > 0) {
					extra += best > 0 ? strength : 0;
					best = Math.max(best, strength);
					places.add(mention.alias());
					if (!mention.passing() && zone.weight() != BODY) {
						localPlaces.add(new AgencyRouter.Place(zone.tokens().join(mention.start(), mention.end()), mention.level()));
					}
					reasons.add(zone.label() + " nhắc “" + mention.alias() + "” (" + describe(mention, scope) + ", "
							+ String.format(Locale.ROOT, "%.1f", strength) + ")");
				}
				else if (strength < 0) {
					bestForeign = Math.max(bestForeign, -strength);
				}
			}
			if (zone.weight() == BODY) {
				score += BODY * Math.min(best + extra, 3);
			}
			else {
				score += zone.weight() * best + Math.min(extra, 1) * 0.5;
				foreign += zone.weight() * bestForeign;
			}
			titleLocal = zone.weight() == TITLE ? best : titleLocal;
		}
		double slug = slug(text.slug(), slugNames.computeIfAbsent(scope.key(), k -> gazetteer.foldedProvinceNames(scope)), reasons);
		score += SLUG * slug;
		boolean foreignLead = startsElsewhere(zones.get(0), scope);
		boolean relevant = score >= THRESHOLD && (score > foreign || ((titleLocal >= 0.7 || slug > 0) && !foreignLead));
		reasons.add((relevant ? "Thuộc địa bàn " : "Không đủ căn cứ về địa bàn ") + scope.name()
				+ String.format(Locale.ROOT, " (điểm %.1f, tỉnh khác %.1f)", score, foreign));
		return new Relevance(relevant, score, foreign, List.copyOf(places), reasons, !zones.get(0).mentions().isEmpty(),
				!zones.get(1).mentions().isEmpty(), List.copyOf(localPlaces));
	}

	private Zone zone(String label, double weight, Tokens tokens) {
		List<PlaceMatcher.Mention> mentions = matcher.find(tokens);
		return new Zone(label, weight, tokens, mentions, listsProvinces(mentions));
	}

	/** Positive: local evidence; negative: evidence for another province; zero: nothing usable. */
	private static double strength(Zone zone, int index, ProvinceScope scope, boolean supported, boolean elsewhere) {
		PlaceMatcher.Mention mention = zone.mentions().get(index);
		if (!scope.covers(mention.provinces())) {
			boolean unique = mention.level() == Gazetteer.Level.PROVINCE
					|| (mention.provinces().size() == 1 && !mention.trap() && mention.level() != Gazetteer.Level.COMMUNE);
			return unique ? -1 : 0;
		}
		double strength;
		if (qualifiedElsewhere(zone, index, scope)) {
			return 0;
		}
		if (sure(mention, scope)) {
			strength = mention.level() == Gazetteer.Level.COMMUNE && !mention.prefixed() ? 0.7 : 1;
		}
		else if (supported || (mention.level() == Gazetteer.Level.DISTRICT && !mention.trap() && !elsewhere)) {
			// a former district's name shared only with some commune elsewhere (“Phan Thiết”) means the district,
			// unless the piece names another province (“Krông Nô … Đắk Lắk”)
			strength = 0.8;
		}
		else {
			return 0;
		}
		boolean passing = mention.passing() || routeFromElsewhere(zone, index, scope)
				|| (mention.level() == Gazetteer.Level.PROVINCE && zone.listsProvinces());
		return passing ? strength * 0.3 : strength;
	}

	/** “cao tốc Quảng Ngãi - Nha Trang”, “tuyến TP.HCM – Đà Lạt”: a town right after another province's is a route's end. */
	private static boolean routeFromElsewhere(Zone zone, int index, ProvinceScope scope) {
		if (index == 0 || zone.mentions().get(index).level() == Gazetteer.Level.PROVINCE) {
			return false;
		}
		PlaceMatcher.Mention previous = zone.mentions().get(index - 1);
		return zone.mentions().get(index).start() == previous.end() && !scope.covers(previous.provinces())
				&& previous.level().ordinal() <= Gazetteer.Level.DISTRICT.ordinal();
	}

	/** “Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng”: a province in a list of three or more is named in passing. */
	private static boolean listsProvinces(List<PlaceMatcher.Mention> mentions) {
		return mentions.stream()
			.filter(m -> m.level() == Gazetteer.Level.PROVINCE)
			.map(PlaceMatcher.Mention::provinces)
			.distinct()
			.count() >= 3;
	}

	/** “Quảng Ngãi: … bị bắt khi ẩn nấp ở Lâm Đồng”: a title that opens with another province is that province's news. */
	private static boolean startsElsewhere(Zone title, ProvinceScope scope) {
		return !title.mentions().isEmpty() && title.mentions().get(0).start() == 0
				&& !scope.covers(title.mentions().get(0).provinces())
				&& title.mentions().get(0).level() == Gazetteer.Level.PROVINCE;
	}

	private static boolean sure(PlaceMatcher.Mention mention, ProvinceScope scope) {
		return !mention.trap() && scope.coversOnly(mention.provinces());
	}

	/** “Krông Nô (Đắk Lắk)”, “xã Quảng Phú, tỉnh Quảng Ngãi”: the next place mention names the province. */
	private static boolean qualifiedElsewhere(Zone zone, int index, ProvinceScope scope) {
		// a province's bare name is not qualified by the next one: “Khánh Hòa - Buôn Ma Thuột” is a route from it
		PlaceMatcher.Mention mention = zone.mentions().get(index);
		if (index + 1 >= zone.mentions().size() || (mention.level() == Gazetteer.Level.PROVINCE && !mention.prefixed())) {
			return false;
		}
		PlaceMatcher.Mention next = zone.mentions().get(index + 1);
		return next.start() - zone.mentions().get(index).end() <= 3 && !scope.covers(next.provinces())
				&& next.level().ordinal() <= Gazetteer.Level.DISTRICT.ordinal();
	}

	private static String describe(PlaceMatcher.Mention mention, ProvinceScope scope) {
		String level = switch (mention.level()) {
			case PROVINCE -> "tên tỉnh";
			case DISTRICT -> "huyện/thành phố";
			case LANDMARK -> "địa danh";
			case COMMUNE -> "xã/phường";
		};
		if (!sure(mention, scope)) {
			level += ", trùng tên nơi khác — có căn cứ kèm theo";
		}
		return mention.passing() ? level + ", nhắc qua" : level;
	}

	/** Slugs are unaccented, so only the province-level names are safe there (“la-gi” may be “là gì”). */
	private static double slug(String slug, List<String> names, List<String> reasons) {
		for (String name : names) {
			if (VietnameseText.containsPhrase(slug, name)) {
				reasons.add("Đường dẫn chứa “" + name.replace(' ', '-') + "”");
				return 1;
			}
		}
		return 0;
	}
}
