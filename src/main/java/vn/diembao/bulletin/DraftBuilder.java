package vn.diembao.bulletin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;

/**
 * Fills a new edition from the classified articles of its period: the kind's topic (or every article about the
 * province), one item per story, by section and importance; weekly/monthly editions also freeze their statistics
 * and the case status per agency (casework's public API).
 */
@Component
class DraftBuilder {

	/** A periodic edition lists every negative story but only the most important others; leaders read it in minutes. */
	static final int MAX_OTHER_ITEMS = 60;
	private static final int SUMMARY_LENGTH = 360;

	private final ClassifiedArticles classified;
	private final BulletinRecords records;
	private final PressCases cases;

	DraftBuilder(ClassifiedArticles classified, BulletinRecords records, PressCases cases) {
		this.classified = classified;
		this.records = records;
		this.cases = cases;
	}

	/** Idempotent: an edition that already has items (a rerun, or a correction's copy) is left as it is. */
	void fill(Bulletin bulletin) {
		if (records.hasItems(bulletin.id())) {
			return;
		}
		var period = new BulletinPeriods.Period(bulletin.periodStart(), bulletin.periodEnd());
		List<ClassifiedArticle> articles = bulletin.kind().topic()
			.map(topic -> classified.onTopicPublishedBetween(topic, period.from(), period.to()))
			.orElseGet(() -> classified.relevantPublishedBetween(period.from(), period.to()));
		Map<Section, List<Stories.Story>> bySection = new EnumMap<>(Section.class);
		for (Stories.Story story : Stories.of(articles)) {
			bySection.computeIfAbsent(Sectioner.sectionOf(story.lead()), s -> new ArrayList<>()).add(story);
		}
		int others = 0;
		for (var entry : bySection.entrySet()) {
			List<Stories.Story> stories = entry.getValue().stream().sorted(IMPORTANCE).toList();
			int position = 0;
			for (Stories.Story story : stories) {
				boolean capped = bulletin.kind().hasStatistics() && entry.getKey() != Section.PROBLEMS;
				if (capped && others++ >= MAX_OTHER_ITEMS) {
					break;
				}
				records.addItem(bulletin.id(), itemOf(story, entry.getKey(), ++position));
			}
		}
		if (bulletin.kind().hasStatistics()) {
			records.replaceOutletCounts(bulletin.id(), countsByOutlet(articles));
			records.replaceCaseStatus(bulletin.id(), cases.agencyStatus(bulletin.periodStart(), bulletin.periodEnd()).stream()
				.map(s -> new CaseStatus(s.agencyName(), (int) s.sent(), (int) s.answered(), (int) s.overdue()))
				.toList());
		}
	}

	static BulletinItem itemOf(Stories.Story story, Section section, int position) {
		ClassifiedArticle a = story.lead();
		return new BulletinItem(0, a.articleId(), section, position, a.title(), a.url(), a.outletName(), a.publishedAt(),
				summaryOf(a.lead()), a.tone(), a.places(), a.needsResponse(), String.join(", ", story.alsoIn()));
	}

	/** The sapo cut to two or three lines on a word boundary. */
	static String summaryOf(String lead) {
		if (lead == null) {
			return "";
		}
		String text = lead.strip().replaceAll("\\s+", " ");
		if (text.length() <= SUMMARY_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
		return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
	}

	private static List<OutletCount> countsByOutlet(List<ClassifiedArticle> articles) {
		Map<String, int[]> counts = new TreeMap<>();
		for (ClassifiedArticle a : articles) {
			counts.computeIfAbsent(a.outletName(), k -> new int[3])[a.tone().ordinal()]++;
		}
		return counts.entrySet().stream()
			.map(e -> new OutletCount(e.getKey(), e.getValue()[Tone.POSITIVE.ordinal()], e.getValue()[Tone.NEUTRAL.ordinal()],
					e.getValue()[Tone.NEGATIVE.ordinal()]))
			.toList();
	}

	/** Needing an answer first, then stories carried by more outlets, then the newest. */
	private static final Comparator<Stories.Story> IMPORTANCE = Comparator
		.comparing((Stories.Story s) -> !s.lead().needsResponse())
		.thenComparing(Stories.Story::reach, Comparator.reverseOrder())
		.thenComparing(s -> s.lead().publishedAt() == null ? Instant.MIN : s.lead().publishedAt(), Comparator.reverseOrder());
}
