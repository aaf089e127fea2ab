package vn.diembao.bulletin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import vn.diembao.classify.Tone;

/** Everything a rendering of one bulletin needs (web page, PDF, DOCX, e-mail), in reading order. */
record Edition(Bulletin bulletin, String provinceName, String issuer, List<SectionItems> sections,
		List<OutletCount> outletCounts, List<CaseStatus> caseStatus) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	record SectionItems(String heading, Section section, List<BulletinItem> items) {
	}

	/** “Điểm báo Lâm Đồng hàng ngày”. */
	public String title() {
		return bulletin.kind().title(provinceName);
	}

	/** “BẢN TIN ĐIỂM BÁO LÂM ĐỒNG HÀNG NGÀY”. */
	public String heading() {
		return ("Bản tin " + title()).toUpperCase(new Locale("vi"));
	}

	/** “Số 05/2026, ngày 23/11/2026” (design §7). */
	public String subheading() {
		return bulletin.numberLabel() + ", ngày " + DAY.format(bulletin.issueDate());
	}

	public String period() {
		if (bulletin.periodStart().equals(bulletin.periodEnd())) {
			return "Tin, bài ngày " + DAY.format(bulletin.periodStart());
		}
		return "Tin, bài từ ngày " + DAY.format(bulletin.periodStart()) + " đến ngày " + DAY.format(bulletin.periodEnd());
	}

	public int itemCount() {
		return sections.stream().mapToInt(s -> s.items().size()).sum();
	}

	public List<BulletinItem> negatives() {
		return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.tone() == Tone.NEGATIVE).toList();
	}

	public boolean hasStatistics() {
		return bulletin.kind().hasStatistics();
	}

	public int total(Tone tone) {
		return outletCounts.stream().mapToInt(c -> switch (tone) {
			case POSITIVE -> c.positive();
			case NEUTRAL -> c.neutral();
			case NEGATIVE -> c.negative();
		}).sum();
	}

	/** “Tình hình xử lý, phản hồi thông tin báo chí nêu” totals: sent, answered, overdue. */
	public CaseStatus caseTotals() {
		return new CaseStatus("Tổng cộng", caseStatus.stream().mapToInt(CaseStatus::sent).sum(),
				caseStatus.stream().mapToInt(CaseStatus::answered).sum(), caseStatus.stream().mapToInt(CaseStatus::overdue).sum());
	}

	public int totalArticles() {
		return outletCounts.stream().mapToInt(OutletCount::total).sum();
	}

	/** Neutral counts as positive in the department's reports (design §2). */
	public String toneShare() {
		int all = totalArticles();
		if (all == 0) {
			return "";
		}
		long negative = Math.round(100.0 * total(Tone.NEGATIVE) / all);
		return "%d%% tích cực, %d%% phản ánh tồn tại, hạn chế".formatted(100 - negative, negative);
	}
}
