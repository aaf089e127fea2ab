package vn.diembao.sites;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.shared.text.VietnameseText;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.SharedData;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report's banner sentence, generated from the registry and the banner verdicts of a past month and
 * compared word for word with the department's report of February 2025 (seed 000: 48 sites, footnote 7).
 */
@DiembaoTest
class BannerSentenceTests {

	private static final YearMonth FEBRUARY_2025 = YearMonth.of(2025, 2);

	@Autowired
	SiteCompliance compliance;

	@Autowired
	SiteRegistry registry;

	@Autowired
	SiteChecks checks;

	@Autowired
	SiteResults results;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSentenceAndItsFootnoteReadAsInTheDepartmentsReport() throws Exception {
		// the seed is a PDF's text: lines broken anywhere and not all of it NFC
		String seed = VietnameseText.nfc(Files.readString(SharedData.require("seeds/000_177390643daac196.txt")))
			.replaceAll("\\s+", " ");
		registerFebruary2025Sites();

		BannerSentence sentence = compliance.bannerSentence(FEBRUARY_2025);

		assertThat(sentence.withBanner()).isEqualTo(48);
		assertThat(sentence.text()).isEqualTo(
				"Hiện tại có 48 Trang thông tin điện tử của cơ quan nhà nước trong tỉnh đặt banner tuyên truyền");
		assertThat(sentence.footnote()).isEqualTo("23/27 Trang TTĐT các Sở, ngành, 7/8 trang TTĐT UBND các huyện thành phố, "
				+ "18/70 trang thông tin điện tử của UBND các xã phường thị trấn.");
		assertThat(seed).contains(sentence.text("7") + ";");
		assertThat(seed).contains("7 " + sentence.footnote());
	}

	@Test
	void aSiteCountsOnlyWhenItsLatestBannerCheckOfTheMonthFoundTheBanner() {
		CurrentUser officer = officer();
		Website lost = registry.save(new SiteForm("Sở Thử nghiệm mất banner", "https://mat-banner.example.gov.vn/", "sở", null, null), officer);
		Website late = registry.save(new SiteForm("Sở Thử nghiệm đặt muộn", "https://dat-muon.example.gov.vn/", "sở", null, null), officer);
		try {
			jdbc.sql("update app.website set created_at = ? where id in (?, ?)")
				.params(Timestamp.from(Instant.parse("2023-12-01T00:00:00Z")), lost.id(), late.id())
				.update();
			long banner = checks.byCode("banner-dai-hoi").orElseThrow().id();
			results.record(lost.id(), banner, CheckStatus.GREEN, "Có banner", null, null, Instant.parse("2024-01-05T01:00:00Z"));
			results.record(lost.id(), banner, CheckStatus.RED, "Không thấy banner", null, null, Instant.parse("2024-01-20T01:00:00Z"));
			results.record(late.id(), banner, CheckStatus.RED, "Không thấy banner", null, null, Instant.parse("2024-01-05T01:00:00Z"));
			results.record(late.id(), banner, CheckStatus.GREEN, "Có banner", null, null, Instant.parse("2024-02-03T01:00:00Z"));

			assertThat(compliance.bannerSentence(YearMonth.of(2024, 1)).levels())
				.containsExactly(new BannerSentence.LevelCount(SiteLevel.DEPARTMENT, 0, 2));
			assertThat(compliance.bannerSentence(YearMonth.of(2024, 2)).levels())
				.containsExactly(new BannerSentence.LevelCount(SiteLevel.DEPARTMENT, 1, 2));
		}
		finally {
			// registered “before” February 2025, these two would change that month's sentence in the other test
			jdbc.sql("delete from app.website where id in (?, ?)").params(lost.id(), late.id()).update();
		}
	}

	/** 27 department, 8 district and 70 commune sites, imported from CSV, registered and checked in February 2025. */
	private void registerFebruary2025Sites() {
		CurrentUser officer = officer();
		StringBuilder csv = new StringBuilder("ten,dia_chi,cap,ma_co_quan,email\n");
		addRows(csv, "Sở", "so", "Sở, ngành", 27);
		addRows(csv, "UBND huyện", "huyen", "huyện", 8);
		addRows(csv, "UBND xã", "xa", "xã", 70);
		SiteRegistry.ImportResult imported = registry.importCsv(csv.toString(), officer);
		assertThat(imported.errors()).isEmpty();
		assertThat(imported.saved()).isEqualTo(105);
		jdbc.sql("update app.website set created_at = ? where url like 'https://thang2-2025-%'")
			.param(Timestamp.from(Instant.parse("2025-02-01T00:00:00Z")))
			.update();
		long banner = checks.byCode("banner-dai-hoi").orElseThrow().id();
		Instant checkedAt = Instant.parse("2025-02-20T01:00:00Z");
		List<Website> sites = registry.all().stream().filter(site -> site.url().startsWith("https://thang2-2025-")).toList();
		markBanners(sites, SiteLevel.DEPARTMENT, 23, banner, checkedAt);
		markBanners(sites, SiteLevel.DISTRICT, 7, banner, checkedAt);
		markBanners(sites, SiteLevel.COMMUNE, 18, banner, checkedAt);
		// a later verdict, after the month ended, does not change February's sentence
		sites.stream().filter(site -> site.level() == SiteLevel.COMMUNE).forEach(site -> results.record(site.id(), banner,
				CheckStatus.GREEN, "Có banner", null, null, Instant.parse("2025-03-05T01:00:00Z")));
	}

	private void markBanners(List<Website> sites, SiteLevel level, int withBanner, long banner, Instant at) {
		List<Website> ofLevel = sites.stream().filter(site -> site.level() == level).toList();
		for (int i = 0; i < ofLevel.size(); i++) {
			boolean found = i < withBanner;
			results.record(ofLevel.get(i).id(), banner, found ? CheckStatus.GREEN : CheckStatus.RED,
					found ? "Có banner" : "Không thấy banner trên trang chủ", null, null, at);
		}
	}

	private static void addRows(StringBuilder csv, String name, String slug, String level, int count) {
		for (int i = 1; i <= count; i++) {
			csv.append('"').append(name).append(" số ").append(i).append("\",https://thang2-2025-").append(slug).append(i)
				.append(".example.gov.vn/,\"").append(level).append("\",,\n");
		}
	}

	private CurrentUser officer() {
		accounts.createIfAbsent("sites-canbo", TestUsers.PASSWORD, "Cán bộ theo dõi trang", Set.of(Role.OFFICER), null);
		return accounts.currentUser("sites-canbo");
	}
}
