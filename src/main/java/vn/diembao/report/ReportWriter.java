package vn.diembao.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.diembao.bulletin.BulletinKind;
import vn.diembao.casework.CaseViews.ResponseTally;

/**
 * The wording of section “b) Theo dõi, kiểm soát nội dung; công tác phản hồi thông tin báo chí” of the department's
 * monthly report (and of the weekly one), as the seeds write it: counts of two digits and more (“04 số”, “05 nội
 * dung”), the figures the seeds put in bold in bold, footnotes for the outlets, the articles needing an answer and the
 * agencies yet to answer. The only place the wording lives.
 */
@Component
class ReportWriter {

	static final String HEADING = "b) Theo dõi, kiểm soát nội dung; công tác phản hồi thông tin báo chí";
	private static final String AGENCIES = "cơ quan, đơn vị, địa phương";
	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/M");

	ReportText write(ReportFigures f) {
		String word = f.period().kind().word();
		var text = new ReportText.Builder(HEADING);
		text.paragraph().text("- Duy trì triển khai công tác điểm tin báo chí phục vụ công tác nắm tình hình, chỉ đạo, "
				+ "điều hành của lãnh đạo tỉnh và các ngành, địa phương.");
		bulletins(text.paragraph(), f);
		coverage(text.paragraph(), f, word);
		casework(text.paragraph(), f, word);
		fakeNews(text.paragraph(), f);
		return text.build();
	}

	/** “Kết quả xử lý thông tin báo chí phản ánh về tỉnh Đắk Nông tuần 06 năm 2025”, the weekly report's title. */
	static String weeklyTitle(ReportFigures f) {
		return "Kết quả xử lý thông tin báo chí phản ánh về tỉnh " + f.provinceName() + " tuần "
				+ count(f.period().number()) + " năm " + f.period().year();
	}

	private static void bulletins(ReportText.Builder text, ReportFigures f) {
		long total = f.bulletinsIssued();
		if (total == 0) {
			text.text("- Trong " + f.period().kind().word() + " chưa phát hành bản tin điểm báo.");
			return;
		}
		List<String> parts = new ArrayList<>();
		for (BulletinKind kind : BulletinKind.values()) {
			long n = f.bulletins().getOrDefault(kind, 0L);
			if (n > 0) {
				parts.add(count(n) + " " + kindPhrase(kind, f.provinceName()));
			}
		}
		String list = parts.size() == 1 ? parts.get(0)
				: String.join("; ", parts.subList(0, parts.size() - 1)) + ", " + parts.get(parts.size() - 1);
		text.text("- Phát hành ").bold(count(total)).text(" bản tin điểm báo gồm: " + list
				+ ", phục vụ công tác lãnh đạo, chỉ đạo của các đồng chí Lãnh đạo tỉnh, các cơ quan, sở, ban ngành, "
				+ "địa phương trong tỉnh.");
	}

	/** The seeds' own names of the kinds in this sentence (“số bản tin” for the province's, lower case “điểm báo Cải cách”). */
	private static String kindPhrase(BulletinKind kind, String province) {
		return switch (kind) {
			case PROVINCE_DAILY -> "số bản tin Điểm báo " + province + " hàng ngày";
			case DOMESTIC_DAILY -> "Điểm báo Thời sự trong nước";
			case IT_DAILY -> "Điểm báo Ứng dụng CNTT";
			case ADMIN_REFORM_DAILY -> "điểm báo Cải cách hành chính";
			case PROVINCE_WEEKLY -> "số bản tin Điểm báo " + province + " tuần";
			case PROVINCE_MONTHLY -> "Điểm báo " + province + " tháng";
		};
	}

	private static void coverage(ReportText.Builder text, ReportFigures f, String word) {
		if (f.articles() == 0) {
			text.text("- Trong " + word + ", không có cơ quan báo, tạp chí ngoài tỉnh đăng tin, bài phản ánh về tỉnh "
					+ f.provinceName());
		}
		else {
			text.text("- Trong " + word + ", có " + count(f.outlets().size()) + " cơ quan báo, tạp chí ngoài tỉnh")
				.footnote(String.join(", ", f.outlets()) + ".")
				.text(" đăng ").bold(count(f.articles())).text(" tin, bài phản ánh về tỉnh " + f.provinceName()
						+ ", trong đó có ")
				.bold(f.tone().positive() + "%").text(" tin, bài phản ánh thông tin tích cực; ")
				.bold(f.tone().negative() + "%").text(" tin, bài phản ánh thông tin tồn tại, hạn chế của địa phương");
		}
		if (f.needsResponse().isEmpty()) {
			text.text("; không có bài viết cần làm rõ, phản hồi thông tin.");
			return;
		}
		text.text("; có ").bold(count(f.needsResponse().size())).text(" bài viết cần làm rõ, phản hồi thông tin")
			.footnote(String.join("; ", f.needsResponse().stream().map(ReportWriter::responseItem).toList()) + ".")
			.text(".");
	}

	/** “Title (Outlet dd/m) (Ghi chú: place or project)”, as footnote 3 of the November 2024 report. */
	static String responseItem(ReportFigures.ResponseItem item) {
		StringBuilder line = new StringBuilder(item.title()).append(" (").append(item.outletName());
		if (item.publishedOn() != null) {
			line.append(' ').append(DAY_MONTH.format(item.publishedOn()));
		}
		line.append(')');
		if (item.note() != null && !item.note().isBlank()) {
			line.append(" (Ghi chú: ").append(item.note().strip()).append(')');
		}
		return line.toString();
	}

	private static void casework(ReportText.Builder text, ReportFigures f, String word) {
		ResponseTally c = f.cases();
		text.text("- Đối với công tác theo dõi và phản hồi thông tin báo chí, trong " + word + ", " + f.department());
		if (c.askedItems() == 0) {
			text.text(" không có nội dung mới đề nghị " + AGENCIES + " xác minh, phản hồi; ");
		}
		else {
			text.text(" đã đề nghị " + count(c.askedAgencies()) + " " + AGENCIES + " xác minh, phản hồi ")
				.bold(count(c.askedItems())).text(" nội dung. Trong đó, ");
		}
		if (c.answeredItems() == 0) {
			text.text("chưa có nội dung nào được xác minh và phản hồi");
		}
		else {
			text.text("đã có ").bold(count(c.answeredItems())).text(" nội dung/").bold(count(c.answeredAgencies()))
				.text(" " + AGENCIES + " đã có được xác minh và phản hồi");
			if (c.someAnsweredFromEarlier()) {
				text.text(" (").italic("một số nội dung tồn từ các " + word + " trước").text(")");
			}
		}
		if (c.pendingItems() == 0) {
			text.text(" và không còn nội dung nào chưa được kiểm tra, xác minh và phản hồi.");
			return;
		}
		text.text(" và còn ").bold(count(c.pendingItems())).text(" nội dung/").bold(count(c.pendingAgencies()))
			.text(" " + AGENCIES)
			.footnote(String.join(", ", c.pendingAgencyNames()) + ".")
			.text(" chưa được kiểm tra, xác minh và phản hồi.");
	}

	/** As in the February 2025 report: “Trong tháng 02/2025 không có phản ánh về tin giả …”, or the counts. */
	private static void fakeNews(ReportText.Builder text, ReportFigures f) {
		text.text("- Tiếp tục triển khai cơ chế tiếp nhận, xử lý và công bố tin giả, tin sai sự thật trên địa bàn tỉnh "
				+ f.provinceName() + ": Trong " + f.period().label() + " ");
		String what = "phản ánh về tin giả (thông tin mạo danh, sai sự thật, xuyên tạc...) của các cơ quan, tổ chức, "
				+ "cá nhân trên địa bàn tỉnh gửi đến " + f.department() + " (" + f.fakeNewsTeam() + ")";
		if (f.fakeNewsReceived() == 0) {
			text.text("không có " + what);
		}
		else {
			text.text("tiếp nhận ").bold(count(f.fakeNewsReceived())).text(" " + what);
		}
		long concluded = f.fakeNewsConcluded().values().stream().mapToLong(Long::longValue).sum();
		if (concluded > 0) {
			List<String> labels = new ArrayList<>();
			for (Map.Entry<String, Long> e : f.fakeNewsConcluded().entrySet()) {
				labels.add(count(e.getValue()) + " " + e.getKey().toLowerCase(java.util.Locale.forLanguageTag("vi")));
			}
			text.text("; đã kết luận, công bố ").bold(count(concluded)).text(" nội dung (" + String.join(", ", labels) + ")");
		}
		text.text(".");
	}

	/** Counts as the department writes them: two digits at least (“04”, “05”), thousands with a dot (“1.204”). */
	static String count(long n) {
		return n < 10 && n >= 0 ? "0" + n : String.format(java.util.Locale.forLanguageTag("vi"), "%,d", n);
	}
}
