package vn.diembao.sites;

import java.net.URI;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How pages of state websites are read: dates, levels, patterns without diacritics, the posts of a column. */
class PageReadingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void datesAreReadAsVietnameseSitesPrintThemAndFutureDatesAreIgnored() {
		assertThat(PageDates.in("Cập nhật: 02/12/2026 08:15 — lịch họp 15/12/2026, đăng 1-12-2026 và 2026-11-30T07:00", TODAY))
			.containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30));
		assertThat(PageDates.in("Số 31/2/2026 không có, mã 123/12/2026 cũng không", TODAY)).isEmpty();
	}

	@Test
	void levelsAreReadFromTheWordsOfAnImportFile() {
		assertThat(SiteLevel.parse("Sở, ngành")).contains(SiteLevel.DEPARTMENT);
		assertThat(SiteLevel.parse("huyện")).contains(SiteLevel.DISTRICT);
		assertThat(SiteLevel.parse("Thành phố Gia Nghĩa")).contains(SiteLevel.DISTRICT);
		assertThat(SiteLevel.parse("phường")).contains(SiteLevel.COMMUNE);
		assertThat(SiteLevel.parse("Cổng TTĐT tỉnh")).contains(SiteLevel.PROVINCE);
		assertThat(SiteLevel.parse("COMMUNE")).contains(SiteLevel.COMMUNE);
		assertThat(SiteLevel.parse("cấp lạ")).isEmpty();
	}

	@Test
	void patternsMatchWithOrWithoutDiacriticsAndInAddresses() {
		var pattern = Patterns.compile("Chuyển đổi số");
		assertThat(Patterns.matches(pattern, "CHUYỂN ĐỔI SỐ")).isTrue();
		assertThat(Patterns.matches(pattern, "/chuyen-muc/chuyen-doi-so.html")).isTrue();
		assertThat(Patterns.matches(pattern, "Chuyển đổi năng lượng")).isFalse();
	}

	@Test
	void aColumnsPostsCarryTheDatePrintedInTheirOwnListItem() {
		String html = "<html><body><a href=\"/\">Trang chủ</a><ul>"
				+ "<li><a href=\"/cds/a\">Triển khai hóa đơn điện tử tại các đơn vị</a> <span>01/12/2026</span></li>"
				+ "<li><a href=\"/cds/b\">Tập huấn kỹ năng số cho cán bộ cấp xã</a></li>"
				+ "<li><a href=\"https://other.example.vn/x\">Liên kết sang trang của cơ quan khác</a> 30/11/2026</li>"
				+ "</ul></body></html>";
		URI column = URI.create("https://sotc.example.gov.vn/chuyen-doi-so");
		SitePage page = new SitePage(column, Jsoup.parse(html, column.toString()), null, null, null, false);

		assertThat(SiteInspector.postsOn(page, TODAY)).containsExactly(
				new ColumnPost("https://sotc.example.gov.vn/cds/a", "Triển khai hóa đơn điện tử tại các đơn vị", LocalDate.of(2026, 12, 1)),
				new ColumnPost("https://sotc.example.gov.vn/cds/b", "Tập huấn kỹ năng số cho cán bộ cấp xã", null));
	}
}
