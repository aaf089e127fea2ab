package vn.diembao.bulletin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.ProvinceProfiles;

@Service
class DailyBulletins {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ClassifiedArticles articles;
	private final ProvinceProfiles profiles;

	DailyBulletins(ClassifiedArticles articles, ProvinceProfiles profiles) {
		this.articles = articles;
		this.profiles = profiles;
	}

	/** The province daily of {@code date}: relevant articles published that day (Vietnam time). */
	DailyBulletin provinceDaily(LocalDate date) {
		List<ClassifiedArticle> relevant = articles.relevantPublishedBetween(date.atStartOfDay(VIETNAM).toInstant(),
				date.plusDays(1).atStartOfDay(VIETNAM).toInstant());
		Map<Boolean, List<ClassifiedArticle>> byProblem = relevant.stream()
			.collect(Collectors.partitioningBy(a -> a.tone() == Tone.NEGATIVE));
		return new DailyBulletin(profiles.current().name(), date, byProblem.get(false), byProblem.get(true));
	}
}
