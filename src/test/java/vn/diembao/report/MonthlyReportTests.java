package vn.diembao.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.bulletin.BulletinKind;
import vn.diembao.classify.Tone;
import vn.diembao.directory.ProvinceProfiles;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of data with the figures of the department's November 2024 report (seed 001): 89 bulletins, 45 outlets,
 * 400 articles, 85/15 %, 12 articles needing an answer, 10 agencies asked about 12 items, 10 items of 05 agencies
 * answered (some asked the month before), 05 items of 03 agencies pending. The generated section must read word for
 * word as the seed's. The data sits in November 2014, a month no other test writes to, so that articles and open
 * cases of other tests sharing the database cannot change the counts; the sentence names no month.
 */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportTests {

	static final YearMonth MONTH = YearMonth.of(2014, 11);
	static final String SEED_PROVINCE = "Đắc Nông";
	static final String SEED_DEPARTMENT = "Sở Thông tin và Truyền thông";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportFigureSource source;

	@Autowired
	ReportWriter writer;

	@Autowired
	ProvinceProfiles profiles;

	@Autowired
	ReportProperties properties;

	List<String> seedOutlets;
	List<String> pendingAgencies = new ArrayList<>();
	String inProvinceOutlet = "Báo tỉnh (thử báo cáo)";

	@BeforeAll
	void aMonthLikeNovember2024() throws IOException {
		seedOutlets = seedOutletNames();
		var fixtures = new ReportFixtures(jdbc);
		articles(fixtures);
		bulletins(fixtures);
		cases(fixtures);
	}

	private void articles(ReportFixtures fixtures) {
		List<Long> outletIds = new ArrayList<>();
		seedOutlets.forEach(name -> outletIds.add(fixtures.outlet(name, false)));
		// 400 articles of 45 outlets from the 1st 00:05 to the 30th 23:50 (Vietnam time), 60 of them negative,
		// 11 needing an answer; the province's own paper adds 3 more (one needing an answer) that the count leaves out
		for (int i = 0; i < 400; i++) {
			int o = i % 45;
			LocalDateTime published = i == 0 ? MONTH.atDay(1).atTime(0, 5)
					: i == 399 ? MONTH.atEndOfMonth().atTime(23, 50) : MONTH.atDay(1 + i % 30).atTime(6 + i % 14, i % 60);
			Tone tone = i % 20 < 3 ? Tone.NEGATIVE : i % 2 == 0 ? Tone.POSITIVE : Tone.NEUTRAL;
			boolean needsResponse = tone == Tone.NEGATIVE && i % 5 == 0 && i < 220;
			fixtures.article(outletIds.get(o), seedOutlets.get(o), published, "Bài " + i + " về tỉnh", tone, true,
					needsResponse, needsResponse ? "Đà Lạt" : "");
		}
		long own = fixtures.outlet(inProvinceOutlet, true);
		fixtures.article(own, inProvinceOutlet, MONTH.atDay(30).atTime(9, 0), "Chậu không nổi mùi hôi từ trại heo",
				Tone.NEGATIVE, true, true, "Trang trại heo Uy Sợi, xã Nam Xuân");
		fixtures.article(own, inProvinceOutlet, MONTH.atDay(2).atTime(9, 0), "Tin tích cực của báo tỉnh", Tone.POSITIVE,
				true, false, "");
		fixtures.article(own, inProvinceOutlet, MONTH.atDay(3).atTime(9, 0), "Tin nữa của báo tỉnh", Tone.NEGATIVE,
				true, false, "");
		// outside the month or not about the province: not counted
		long other = fixtures.outlet(seedOutlets.get(0), false);
		fixtures.article(other, seedOutlets.get(0), MONTH.atDay(1).atTime(0, 0).minusMinutes(10), "Bài tháng trước",
				Tone.NEGATIVE, true, true, "");
		fixtures.article(other, seedOutlets.get(0), MONTH.plusMonths(1).atDay(1).atTime(0, 10), "Bài tháng sau",
				Tone.NEGATIVE, true, true, "");
		fixtures.article(other, "Báo không liên quan", MONTH.atDay(10).atTime(8, 0), "Bài tỉnh khác", Tone.NEGATIVE,
				false, true, "");
	}

	/** 21 days × 4 daily kinds, 4 weekly, 1 monthly = 89 as in November 2024; a draft is not issued. */
	private void bulletins(ReportFixtures fixtures) {
		List<LocalDate> workingDays = MONTH.atDay(1).datesUntil(MONTH.atDay(22)).toList();
		int number = 0;
		for (LocalDate day : workingDays) {
			number++;
			for (BulletinKind kind : List.of(BulletinKind.PROVINCE_DAILY, BulletinKind.DOMESTIC_DAILY,
					BulletinKind.IT_DAILY, BulletinKind.ADMIN_REFORM_DAILY)) {
				fixtures.bulletin(kind, day, number);
			}
		}
		List<LocalDate> mondays = MONTH.atDay(1).datesUntil(MONTH.plusMonths(1).atDay(1))
			.filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY)
			.limit(4)
			.toList();
		for (int i = 0; i < mondays.size(); i++) {
			fixtures.bulletin(BulletinKind.PROVINCE_WEEKLY, mondays.get(i), 40 + i);
		}
		fixtures.bulletin(BulletinKind.PROVINCE_MONTHLY, MONTH.atDay(3), 11);
		jdbc.sql("""
				insert into app.bulletin (kind, issue_date, period_start, period_end, number_year)
				values ('PROVINCE_MONTHLY', ?, ?, ?, 2014)""")
			.params(java.sql.Date.valueOf(MONTH.atDay(20)), java.sql.Date.valueOf(MONTH.atDay(20)),
					java.sql.Date.valueOf(MONTH.atDay(20)))
			.update();
	}

	/**
	 * October: five requests answered in November (carry-over), one still open at the end of November. November:
	 * twelve requests to ten agencies — five answered in the month, three replied to but not yet accepted, four
	 * pending (two in one case asking two agencies). Every request is settled in December, which must not change
	 * November's figures.
	 */
	private void cases(ReportFixtures fixtures) {
		List<Long> a = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			a.add(fixtures.agency("UBND xã Thử Báo Cáo %02d".formatted(i)));
		}
		LocalDate oct = LocalDate.of(2014, 10, 15);
		LocalDate nov = MONTH.atDay(3);
		long september = fixtures.pressCase("Tháng 9", LocalDate.of(2014, 9, 10), LocalDate.of(2014, 10, 20));
		fixtures.request(september, a.get(3), LocalDate.of(2014, 10, 18), LocalDate.of(2014, 10, 20));
		int[] octoberAnswered = { 0, 0, 1, 1, 2 };
		for (int i = 0; i < octoberAnswered.length; i++) {
			long c = fixtures.pressCase("Tháng 10 số " + i, oct, MONTH.atDay(5 + i));
			fixtures.request(c, a.get(octoberAnswered[i]), MONTH.atDay(4 + i), MONTH.atDay(5 + i));
		}
		long stillOpen = fixtures.pressCase("Tháng 10 còn tồn", oct, LocalDate.of(2014, 12, 10));
		fixtures.request(stillOpen, a.get(7), LocalDate.of(2014, 12, 8), LocalDate.of(2014, 12, 10));
		for (int i = 0; i < 5; i++) {
			long c = fixtures.pressCase("Tháng 11 số " + i, nov, MONTH.atDay(20 + i));
			fixtures.request(c, a.get(i), MONTH.atDay(19 + i), MONTH.atDay(20 + i));
		}
		long twoAgencies = fixtures.pressCase("Tháng 11 hai cơ quan", nov.plusDays(1), LocalDate.of(2014, 12, 15));
		fixtures.request(twoAgencies, a.get(5), LocalDate.of(2014, 12, 2), LocalDate.of(2014, 12, 3));
		fixtures.request(twoAgencies, a.get(6), LocalDate.of(2014, 12, 14), LocalDate.of(2014, 12, 15));
		long c7 = fixtures.pressCase("Tháng 11 số 7", nov.plusDays(2), LocalDate.of(2014, 12, 16));
		fixtures.request(c7, a.get(5), LocalDate.of(2014, 12, 15), LocalDate.of(2014, 12, 16));
		long c8 = fixtures.pressCase("Tháng 11 số 8", nov.plusDays(2), LocalDate.of(2014, 12, 17));
		fixtures.request(c8, a.get(6), LocalDate.of(2014, 12, 16), LocalDate.of(2014, 12, 17));
		for (int i = 7; i < 10; i++) {
			long c = fixtures.pressCase("Tháng 11 đã trả lời số " + i, nov.plusDays(5), LocalDate.of(2014, 12, 1 + i));
			fixtures.request(c, a.get(i), MONTH.atDay(20 + i), LocalDate.of(2014, 12, 1 + i));
		}
		pendingAgencies = List.of("UBND xã Thử Báo Cáo 06", "UBND xã Thử Báo Cáo 07", "UBND xã Thử Báo Cáo 08");
	}

	@Test
	void theFiguresAreTheSeeds() {
		ReportFigures f = source.figures(ReportPeriod.month(MONTH));
		assertThat(f.bulletinsIssued()).isEqualTo(89);
		assertThat(f.outlets()).hasSize(45);
		assertThat(f.articles()).isEqualTo(400);
		assertThat(f.tone()).isEqualTo(new TonePercentages(85, 15));
		assertThat(f.needsResponse()).hasSize(12);
		var c = f.cases();
		assertThat(List.of(c.askedAgencies(), c.askedItems(), c.answeredItems(), c.answeredAgencies(), c.pendingItems(),
				c.pendingAgencies())).containsExactly(10L, 12L, 10L, 5L, 5L, 3L);
		assertThat(c.answeredCarriedOver()).isEqualTo(5);
		assertThat(c.pendingCarriedOver()).isEqualTo(1);
		assertThat(c.pendingAgencyNames()).containsExactlyElementsOf(pendingAgencies);
	}

	@Test
	void theMonthlySectionReadsWordForWordAsTheNovember2024Report() throws IOException {
		ReportText text = writer.write(source.figures(ReportPeriod.month(MONTH)));
		List<String> seed = seedSection();
		String province = profiles.current().name();
		List<String> expected = seed.stream()
			.map(line -> line.replace(SEED_PROVINCE, province).replace(SEED_DEPARTMENT, properties.department()))
			.toList();

		assertThat(text.heading()).isEqualTo(expected.get(0));
		// the seed's “báo chí tập trung phản ánh …” line is the officer's own summary of the month, not figures
		List<String> generated = text.paragraphs().stream().map(p -> p.plain(false)).toList();
		assertThat(generated.subList(0, 4)).containsExactlyElementsOf(expected.subList(1, 5));
	}

	@Test
	void footnotesListTheOutletsTheArticlesAndThePendingAgencies() {
		ReportText text = writer.write(source.figures(ReportPeriod.month(MONTH)));
		assertThat(text.footnotes()).hasSize(3);
		assertThat(text.footnotes().get(0).replaceAll("\\.$", "").split(", ")).containsExactlyInAnyOrderElementsOf(seedOutlets);
		assertThat(text.footnotes().get(1))
			.startsWith("Bài 0 về tỉnh (" + seedOutlets.get(0) + " 01/11) (Ghi chú: Đà Lạt); ")
			.endsWith("; Chậu không nổi mùi hôi từ trại heo (" + inProvinceOutlet
					+ " 30/11) (Ghi chú: Trang trại heo Uy Sợi, xã Nam Xuân).");
		assertThat(text.footnotes().get(2)).isEqualTo(String.join(", ", pendingAgencies) + ".");
		assertThat(text.paragraphs().get(2).plain(true)).contains("ngoài tỉnh¹ đăng", "phản hồi thông tin².");
		assertThat(text.paragraphs().get(3).plain(true)).contains("cơ quan, đơn vị, địa phương³ chưa được kiểm tra");
	}

	@Test
	void theFakeNewsSentenceReadsAsTheFebruary2025Report() throws IOException {
		ReportText text = writer.write(source.figures(ReportPeriod.month(YearMonth.of(2014, 2))));
		String seed = squash(Files.readString(SharedData.require("seeds/000_177390643daac196.txt")));
		int start = seed.indexOf("- Tiếp tục triển khai cơ chế tiếp nhận");
		String sentence = seed.substring(start, seed.indexOf("Nông)", start) + "Nông)".length());
		String province = profiles.current().name();
		String expected = sentence.replace("02/2025", "02/2014")
			.replace("Đắk Nông", province)
			.replace(SEED_DEPARTMENT, properties.department()) + ".";
		assertThat(text.paragraphs().get(4).plain(false)).isEqualTo(expected);
	}

	/** Section b) of seed 001 without its Markdown: the heading and its five “- ” lines. */
	static List<String> seedSection() throws IOException {
		List<String> lines = Files.readAllLines(SharedData.require("seeds/001_9e42e4e0b217fa24.txt"));
		int start = indexOf(lines, ReportWriter.HEADING);
		List<String> section = new ArrayList<>();
		section.add(plain(lines.get(start)));
		for (String line : lines.subList(start + 1, lines.size())) {
			if (line.startsWith("#") || line.startsWith("---")) {
				break;
			}
			if (line.startsWith("- ") && !line.startsWith("- Trong tháng báo chí tập trung")) {
				section.add(plain(line));
			}
		}
		return section;
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("Seed has no line " + text);
	}

	private static final Pattern MARKDOWN = Pattern.compile("<sup>\\d+</sup>|\\*");

	static String plain(String markdown) {
		return Normalizer.normalize(MARKDOWN.matcher(markdown).replaceAll("").strip(), Normalizer.Form.NFC);
	}

	/** The PDF-to-text seed breaks lines and doubles spaces; one line, single spaces, and its footnote 5's digit gone. */
	static String squash(String text) {
		return Normalizer.normalize(text.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
	}

	static List<String> seedOutletNames() throws IOException {
		String seed = Files.readString(SharedData.require("seeds/001_9e42e4e0b217fa24.txt"));
		String line = seed.lines().filter(l -> l.startsWith("<sup>2</sup>")).findFirst().orElseThrow();
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (String name : line.substring("<sup>2</sup>".length()).split("[,;]")) {
			names.add(name.strip().replaceAll("\\.$", ""));
		}
		return names.stream().limit(45).toList();
	}
}
