package vn.diembao.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.diembao.bulletin.BulletinDesk;
import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.Outlets;
import vn.diembao.directory.ProvinceProfiles;
import vn.diembao.fakenews.FakeNewsStatistics;
import vn.diembao.fakenews.Verdict;

/**
 * Reads a period's figures through the other modules' public APIs — classifications, outlets, bulletins, cases,
 * fake-news reports — never their tables.
 */
@Service
class ReportFigureSource {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ClassifiedArticles articles;
	private final Outlets outlets;
	private final BulletinDesk bulletins;
	private final PressCases cases;
	private final FakeNewsStatistics fakeNews;
	private final ProvinceProfiles profiles;
	private final ReportProperties properties;

	ReportFigureSource(ClassifiedArticles articles, Outlets outlets, BulletinDesk bulletins, PressCases cases,
			FakeNewsStatistics fakeNews, ProvinceProfiles profiles, ReportProperties properties) {
		this.articles = articles;
		this.outlets = outlets;
		this.bulletins = bulletins;
		this.cases = cases;
		this.fakeNews = fakeNews;
		this.profiles = profiles;
		this.properties = properties;
	}

	ReportFigures figures(ReportPeriod period) {
		String province = profiles.current().name();
		List<ClassifiedArticle> relevant = relevant(period);
		Set<String> ownOutlets = outlets.inProvinceNames();
		List<ClassifiedArticle> outside = relevant.stream().filter(a -> !ownOutlets.contains(a.outletName())).toList();
		long negative = outside.stream().filter(a -> a.tone() == Tone.NEGATIVE).count();
		List<ReportFigures.ResponseItem> needsResponse = relevant.stream()
			.filter(ClassifiedArticle::needsResponse)
			.sorted(Comparator.comparing(ClassifiedArticle::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ClassifiedArticle::articleId))
			.map(a -> new ReportFigures.ResponseItem(a.articleId(), a.title(), a.outletName(),
					a.publishedAt() == null ? null : a.publishedAt().atZone(VIETNAM).toLocalDate(), a.places()))
			.toList();
		var fake = fakeNews.between(period.from(), period.to());
		Map<String, Long> concluded = new LinkedHashMap<>();
		for (Verdict verdict : Verdict.values()) {
			Long n = fake.concludedByVerdict().get(verdict.name());
			if (n != null && n > 0) {
				concluded.put(verdict.label(), n);
			}
		}
		return new ReportFigures(period, province, properties.department(), properties.fakeNewsTeam().formatted(province),
				bulletins.issuedBetween(period.from(), period.to()), byArticleCount(outside), outside.size(),
				TonePercentages.of(outside.size() - negative, negative), needsResponse,
				cases.responseTally(period.from(), period.to()), fake.received(), concluded);
	}

	/** Relevant articles published in the period, Vietnam time. */
	List<ClassifiedArticle> relevant(ReportPeriod period) {
		return articles.relevantPublishedBetween(start(period), end(period));
	}

	static Instant start(ReportPeriod period) {
		return period.from().atStartOfDay(VIETNAM).toInstant();
	}

	static Instant end(ReportPeriod period) {
		return period.to().plusDays(1).atStartOfDay(VIETNAM).toInstant();
	}

	/** Outlet names, most articles first, then alphabetically. */
	static List<String> byArticleCount(List<ClassifiedArticle> articles) {
		Map<String, Long> counts = articles.stream()
			.collect(Collectors.groupingBy(ClassifiedArticle::outletName, Collectors.counting()));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toList());
	}

}
