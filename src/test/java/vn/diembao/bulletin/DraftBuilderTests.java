package vn.diembao.bulletin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts are filled from the period's classified articles: one item per story, by section, statistics frozen. */
@DiembaoTest
class DraftBuilderTests {

	@Autowired
	Bulletins bulletins;

	@Autowired
	BulletinRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDailyDraftHasOneItemPerStoryInItsSectionWithNegativeNewsApart() {
		var data = new BulletinFixtures(jdbc);
		LocalDate tuesday = LocalDate.of(2033, 3, 8);
		LocalDate monday = tuesday.minusDays(1);
		data.provinceNews(monday, "Chủ tịch UBND tỉnh làm việc với doanh nghiệp về dự án cao tốc", "Báo Tin Tức", Tone.POSITIVE);
		data.provinceNews(monday, "Chủ tịch UBND tỉnh làm việc với doanh nghiệp về dự án cao tốc!", "Báo Nhân Dân", Tone.POSITIVE);
		data.provinceNews(monday, "Lễ hội hoa Đà Lạt thu hút du khách", "Báo Văn Hóa", Tone.POSITIVE);
		data.provinceNews(monday, "Dân bức xúc vì bãi rác gây ô nhiễm ở Đức Trọng", "Báo Thanh Niên", Tone.NEGATIVE);
		data.provinceNews(monday.minusDays(1), "Tin của ngày hôm trước không thuộc kỳ", "Báo Tin Tức", Tone.POSITIVE);
		data.article(monday, "Cải cách thủ tục hành chính cấp bộ", "Sapo", "Báo Chính Phủ", Tone.NEUTRAL, Topic.ADMIN_REFORM,
				false, false, "");

		long id = bulletins.create(BulletinKind.PROVINCE_DAILY, tuesday).orElseThrow();
		bulletins.build(id);

		var items = records.items(id);
		assertThat(items).extracting(BulletinItem::title).containsExactly(
				"Chủ tịch UBND tỉnh làm việc với doanh nghiệp về dự án cao tốc",
				"Lễ hội hoa Đà Lạt thu hút du khách",
				"Dân bức xúc vì bãi rác gây ô nhiễm ở Đức Trọng");
		assertThat(items).extracting(BulletinItem::section).containsExactly(Section.LEADERSHIP, Section.CULTURE, Section.PROBLEMS);
		assertThat(items.get(0).alsoIn()).isEqualTo("Báo Nhân Dân");
		assertThat(items.get(2).footnote()).isEqualTo("Dân bức xúc vì bãi rác gây ô nhiễm ở Đức Trọng (Báo Thanh Niên 7/3) (Ghi chú: Đà Lạt)");
	}

	@Test
	void aMondayDailyCoversTheWeekendAndBuildingTwiceAddsNothing() {
		var data = new BulletinFixtures(jdbc);
		LocalDate monday = LocalDate.of(2033, 3, 14);
		data.provinceNews(monday.minusDays(3), "Tin thứ Sáu về nông nghiệp công nghệ cao", "Báo A", Tone.POSITIVE);
		data.provinceNews(monday.minusDays(1), "Tin Chủ nhật về giao thông nông thôn", "Báo B", Tone.NEUTRAL);

		long id = bulletins.create(BulletinKind.PROVINCE_DAILY, monday).orElseThrow();
		bulletins.build(id);
		bulletins.build(id);

		assertThat(records.find(id).orElseThrow().periodStart()).isEqualTo(monday.minusDays(3));
		assertThat(records.items(id)).hasSize(2);
		assertThat(bulletins.create(BulletinKind.PROVINCE_DAILY, monday)).isEmpty();
	}

	@Test
	void theItDailyTakesItsTopicFromNationalNewsToo() {
		var data = new BulletinFixtures(jdbc);
		LocalDate day = LocalDate.of(2033, 3, 16);
		data.article(day.minusDays(1), "Ra mắt nền tảng số quốc gia về dữ liệu dân cư", "Sapo", "VnExpress", Tone.POSITIVE,
				Topic.IT_DIGITAL, false, false, "");
		data.provinceNews(day.minusDays(1), "Tin địa phương không thuộc CNTT", "Báo A", Tone.POSITIVE);

		long id = bulletins.create(BulletinKind.IT_DAILY, day).orElseThrow();
		bulletins.build(id);

		assertThat(records.items(id)).extracting(BulletinItem::title).containsExactly("Ra mắt nền tảng số quốc gia về dữ liệu dân cư");
	}

	@Test
	void aWeeklyEditionCoversThePreviousWeekWithCountsByOutletAndTone() {
		var data = new BulletinFixtures(jdbc);
		LocalDate monday = LocalDate.of(2033, 4, 4);
		data.provinceNews(monday.minusDays(7), "Khánh thành trường học mới", "Báo A", Tone.POSITIVE);
		data.provinceNews(monday.minusDays(5), "Sạt lở đường đèo gây ách tắc, người dân chờ hỗ trợ", "Báo A", Tone.NEGATIVE);
		data.provinceNews(monday.minusDays(1), "Triển lãm ảnh về cao nguyên", "Báo B", Tone.NEUTRAL);
		data.provinceNews(monday, "Tin của tuần mới", "Báo B", Tone.POSITIVE);

		long id = bulletins.create(BulletinKind.PROVINCE_WEEKLY, monday).orElseThrow();
		bulletins.build(id);

		assertThat(records.outletCounts(id)).containsExactly(new OutletCount("Báo A", 1, 0, 1), new OutletCount("Báo B", 0, 1, 0));
		assertThat(records.items(id)).hasSize(3);
	}
}
