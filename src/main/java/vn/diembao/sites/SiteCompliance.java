package vn.diembao.sites;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * What other modules (the monthly report) read about the province's websites.
 */
@Service
public class SiteCompliance {

	private final SiteResults results;
	private final Clock clock = Clock.systemUTC();

	SiteCompliance(SiteResults results) {
		this.results = results;
	}

	/**
	 * The banner sentence for a month: sites registered before the month ended, counted as carrying a banner when
	 * their last banner check before then found one. For the current month that is “now”.
	 */
	public BannerSentence bannerSentence(YearMonth month) {
		Instant endOfMonth = month.plusMonths(1).atDay(1).atStartOfDay(SiteClock.ZONE).toInstant();
		Instant end = endOfMonth.isAfter(clock.instant()) ? clock.instant() : endOfMonth;
		Map<SiteLevel, int[]> counts = results.bannerCounts(end);
		List<BannerSentence.LevelCount> levels = new ArrayList<>();
		int withBanner = 0;
		for (SiteLevel level : SiteLevel.values()) {
			int[] count = counts.get(level);
			if (count != null && count[1] > 0) {
				levels.add(new BannerSentence.LevelCount(level, count[0], count[1]));
				withBanner += count[0];
			}
		}
		return new BannerSentence(withBanner, List.copyOf(levels));
	}
}
