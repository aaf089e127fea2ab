package vn.diembao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.diembao.bulletin.BulletinKind;
import vn.diembao.casework.CaseViews.ResponseTally;

/**
 * Everything the report section says, as numbers and lists: read from the other modules for a period, then put
 * into words by {@link ReportWriter}.
 *
 * @param outlets out-of-province outlets that published about the province, most articles first
 * @param articles their articles about the province
 * @param needsResponse articles needing an answer (any outlet), earliest first
 * @param fakeNewsReceived reports of suspected fake news received
 * @param fakeNewsConcluded published conclusions by label (“Tin giả”…)
 */
public record ReportFigures(ReportPeriod period, String provinceName, String department, String fakeNewsTeam,
		Map<BulletinKind, Long> bulletins, List<String> outlets, long articles, TonePercentages tone,
		List<ResponseItem> needsResponse, ResponseTally cases, long fakeNewsReceived,
		Map<String, Long> fakeNewsConcluded) {

	/** One article needing an answer as the footnote lists it; {@code note} is the place or project, may be blank. */
	public record ResponseItem(long articleId, String title, String outletName, LocalDate publishedOn, String note) {
	}

	public long bulletinsIssued() {
		return bulletins.values().stream().mapToLong(Long::longValue).sum();
	}
}
