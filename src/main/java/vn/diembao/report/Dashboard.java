package vn.diembao.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.fakenews.FakeNewsStatistics;
import vn.diembao.ingest.StoryClusters;

/** The leader's and officer's overview of a period, read through the other modules' public APIs. */
@Service
class Dashboard {

	static final int TOP = 10;

	private final ClassifiedArticles articles;
	private final StoryClusters clusters;
	private final PressCases cases;
	private final FakeNewsStatistics fakeNews;

	Dashboard(ClassifiedArticles articles, StoryClusters clusters, PressCases cases, FakeNewsStatistics fakeNews) {
		this.articles = articles;
		this.clusters = clusters;
		this.cases = cases;
		this.fakeNews = fakeNews;
	}

	DashboardFigures of(LocalDate from, LocalDate to) {
		ArticleFilter period = ArticleFilter.of(from, to);
		List<ClassifiedArticle> relevant = articles(period);
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		LocalDate previousTo = from.minusDays(1);
		LocalDate previousFrom = previousTo.minusDays(days - 1);
		List<ClassifiedArticle> previous = articles(ArticleFilter.of(previousFrom, previousTo));
		long negative = count(relevant, Tone.NEGATIVE);
		return new DashboardFigures(period, previousFrom, previousTo, byDay(relevant, from, to), relevant.size(), negative,
				relevant.stream().filter(ClassifiedArticle::needsResponse).count(),
				TonePercentages.of(relevant.size() - negative, negative),
				TonePercentages.of(previous.size() - count(previous, Tone.NEGATIVE), count(previous, Tone.NEGATIVE)),
				top(relevant, a -> List.of(a.outletName()), period::outlet),
				top(relevant, a -> ArticleFilter.placesOf(a.places()).toList(), period::place),
				negativeStories(relevant), cases.responseTally(from, to), cases.agencyStatus(from, to),
				cases.overdue().size(), fakeNews.between(from, to));
	}

	/** The relevant articles a filter stands for, newest first. */
	List<ClassifiedArticle> articles(ArticleFilter filter) {
		return articles.relevantPublishedBetween(filter.from().atStartOfDay(ReportFigureSource.VIETNAM).toInstant(),
				filter.to().plusDays(1).atStartOfDay(ReportFigureSource.VIETNAM).toInstant())
			.stream()
			.filter(filter::matches)
			.toList();
	}

	private static long count(List<ClassifiedArticle> articles, Tone tone) {
		return articles.stream().filter(a -> a.tone() == tone).count();
	}

	static List<DashboardFigures.DayTone> byDay(List<ClassifiedArticle> articles, LocalDate from, LocalDate to) {
		Map<LocalDate, long[]> counts = new LinkedHashMap<>();
		from.datesUntil(to.plusDays(1)).forEach(day -> counts.put(day, new long[3]));
		for (ClassifiedArticle article : articles) {
			if (article.publishedAt() == null) {
				continue;
			}
			long[] day = counts.get(article.publishedAt().atZone(ReportFigureSource.VIETNAM).toLocalDate());
			if (day != null) {
				day[article.tone().ordinal()]++;
			}
		}
		List<DashboardFigures.DayTone> days = new ArrayList<>();
		counts.forEach((day, c) -> days.add(new DashboardFigures.DayTone(day, c[Tone.POSITIVE.ordinal()],
				c[Tone.NEUTRAL.ordinal()], c[Tone.NEGATIVE.ordinal()])));
		return days;
	}

	private static List<DashboardFigures.Count> top(List<ClassifiedArticle> articles,
			Function<ClassifiedArticle, List<String>> keys, Function<String, ArticleFilter> filter) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (ClassifiedArticle article : articles) {
			for (String key : keys.apply(article)) {
				long[] c = counts.computeIfAbsent(key, k -> new long[2]);
				c[0]++;
				if (article.tone() == Tone.NEGATIVE) {
					c[1]++;
				}
			}
		}
		return counts.entrySet().stream()
			.sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
				.thenComparing(Map.Entry::getKey))
			.limit(TOP)
			.map(e -> new DashboardFigures.Count(e.getKey(), e.getValue()[0], e.getValue()[1], filter.apply(e.getKey())))
			.toList();
	}

	/** Negative articles grouped into stories (ingest's clusters): the most outlets first. */
	private List<DashboardFigures.Story> negativeStories(List<ClassifiedArticle> relevant) {
		Map<Object, List<ClassifiedArticle>> stories = relevant.stream()
			.filter(a -> a.tone() == Tone.NEGATIVE)
			.collect(Collectors.groupingBy(
					a -> clusters.ofArticle(a.articleId()).<Object>map(c -> "c" + c.id()).orElse("a" + a.articleId()),
					LinkedHashMap::new, Collectors.toList()));
		return stories.values().stream().map(group -> {
			ClassifiedArticle first = group.stream()
				.min(Comparator.comparing(ClassifiedArticle::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())))
				.orElseThrow();
			return new DashboardFigures.Story(first.title(), first.url(), first.articleId(), group.size(),
					group.stream().map(ClassifiedArticle::outletName).distinct().count());
		})
			.sorted(Comparator.comparingLong(DashboardFigures.Story::outlets).reversed()
				.thenComparing(Comparator.comparingLong(DashboardFigures.Story::articles).reversed()))
			.limit(TOP)
			.toList();
	}
}
