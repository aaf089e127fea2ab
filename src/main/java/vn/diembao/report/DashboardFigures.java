package vn.diembao.report;

import java.time.LocalDate;
import java.util.List;

import vn.diembao.casework.CaseViews.AgencyPeriodStatus;
import vn.diembao.casework.CaseViews.ResponseTally;
import vn.diembao.classify.Tone;
import vn.diembao.fakenews.FakeNewsStatistics;

/** The dashboard of a period, every figure with the filter of the list behind it. */
public record DashboardFigures(ArticleFilter period, LocalDate previousFrom, LocalDate previousTo, List<DayTone> days,
		long relevant, long negative, long needsResponse, TonePercentages tone, TonePercentages previousTone,
		List<Count> topOutlets, List<Count> topPlaces, List<Story> topNegativeStories, ResponseTally cases,
		List<AgencyPeriodStatus> agencies, long overdueNow, FakeNewsStatistics.Period fakeNews) {

	public record DayTone(LocalDate day, long positive, long neutral, long negative) {

		public long total() {
			return positive + neutral + negative;
		}

		long of(Tone tone) {
			return switch (tone) {
				case POSITIVE -> positive;
				case NEUTRAL -> neutral;
				case NEGATIVE -> negative;
			};
		}
	}

	/** An outlet or a place: its articles and how many of them are negative, with the list behind. */
	public record Count(String name, long total, long negative, ArticleFilter filter) {

		public ArticleFilter negativeFilter() {
			return filter.tone(Tone.NEGATIVE);
		}
	}

	/** A negative story: the same event told by one or more outlets. */
	public record Story(String title, String url, long articleId, long articles, long outlets) {
	}

	public ArticleFilter negativeFilter() {
		return period.tone(Tone.NEGATIVE);
	}

	public ArticleFilter needsResponseFilter() {
		return period.needingResponse();
	}

	public long fakeNewsConcluded() {
		return fakeNews.concludedByVerdict().values().stream().mapToLong(Long::longValue).sum();
	}
}
