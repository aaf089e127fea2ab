package vn.diembao.sites;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check against small state websites served from 127.0.0.1, through the ingest module's fetcher. */
@DiembaoTest
class SiteCheckTests {

	@Autowired
	SiteMonitor monitor;

	@Autowired
	SiteRegistry registry;

	@Autowired
	SiteChecks checks;

	@Autowired
	SiteResults results;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	UserAccounts accounts;

	CurrentUser officer;
	LocalDate today = LocalDate.now(SiteClock.ZONE);
	LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

	@BeforeEach
	void officer() {
		accounts.createIfAbsent("sites-canbo", TestUsers.PASSWORD, "Cán bộ theo dõi trang", Set.of(Role.OFFICER), null);
		officer = accounts.currentUser("sites-canbo");
	}

	@Test
	void aSiteWithTheBannerAFreshNewsSectionAndAWeeklyColumnPasses() throws Exception {
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("Sở Tài chính", true, new String[] { "Tin tức - Sự kiện", "/tin-tuc" },
					new String[] { "Chuyển đổi số", "/chuyen-muc/chuyen-doi-so" }))
				.html("/tin-tuc", LocalWebsite.listing("Tin tức - Sự kiện",
						new Object[] { "Hội nghị triển khai nhiệm vụ tài chính ngân sách", "/tin-tuc/hoi-nghi", today.minusDays(1) }))
				.html("/chuyen-muc/chuyen-doi-so", LocalWebsite.listing("Chuyển đổi số",
						new Object[] { "Sở Tài chính triển khai hóa đơn điện tử cho đơn vị dự toán", "/cds/hoa-don", monday.minusDays(5) },
						new Object[] { "Tập huấn kỹ năng số cho cán bộ, công chức của Sở", "/cds/tap-huan", monday.minusDays(12) }));
			Website website = registry.save(new SiteForm("Sở Tài chính", site.url("/"), "sở", "so-tc", null), officer);

			List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

			assertThat(status(outcomes, "truy-cap")).isEqualTo(CheckStatus.GREEN);
			assertThat(status(outcomes, "banner-dai-hoi")).isEqualTo(CheckStatus.GREEN);
			assertThat(detail(outcomes, "banner-dai-hoi")).contains("banner-chao-mung-dai-hoi-dang-bo-tinh.jpg");
			assertThat(status(outcomes, "nd42-tin-tuc")).isEqualTo(CheckStatus.GREEN);
			assertThat(detail(outcomes, "nd42-tin-tuc")).contains("cập nhật gần nhất " + LocalWebsite.DAY.format(today.minusDays(1)));
			assertThat(status(outcomes, "chuyen-doi-so")).isEqualTo(CheckStatus.GREEN);
			assertThat(detail(outcomes, "chuyen-doi-so")).startsWith("Tuần ").contains(": 1 tin, bài; tuần này: 0");
			assertThat(status(outcomes, "toc-do")).isEqualTo(CheckStatus.GREEN);
			assertThat(status(outcomes, "https")).as("plain HTTP is worth a look, not a failure").isEqualTo(CheckStatus.AMBER);
			assertThat(status(outcomes, "nd42-thu-tuc")).as("a Decree 42 section the menu lacks").isEqualTo(CheckStatus.RED);
			assertThat(results.seen(website.id(), checks.byCode("banner-dai-hoi").orElseThrow().id()))
				.hasValueSatisfying(seen -> assertThat(seen.first()).isEqualTo(seen.last()));
		}
	}

	@Test
	void aMissingBannerAStaleSectionAndAColumnSilentLastWeekAreFlagged() throws Exception {
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("UBND xã Quảng Tín", false, new String[] { "Tin tức", "/tin-tuc" },
					new String[] { "CHUYỂN ĐỔI SỐ", "/chuyen-doi-so" }))
				.html("/tin-tuc", LocalWebsite.listing("Tin tức",
						new Object[] { "Xã tổ chức lễ ra quân làm đường giao thông nông thôn", "/tin-tuc/ra-quan", today.minusDays(40) }))
				.html("/chuyen-doi-so", LocalWebsite.listing("Chuyển đổi số",
						new Object[] { "Hướng dẫn người dân cài đặt ứng dụng VNeID mức độ 2", "/cds/vneid", monday.minusDays(10) },
						new Object[] { "Ra mắt Tổ công nghệ số cộng đồng thôn 3", "/cds/to-cong-nghe-so", monday.plusDays(0) }));
			Website website = registry.save(new SiteForm("UBND xã Quảng Tín", site.url("/"), "xã", null, null), officer);

			List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

			assertThat(status(outcomes, "banner-dai-hoi")).isEqualTo(CheckStatus.RED);
			assertThat(detail(outcomes, "banner-dai-hoi")).isEqualTo("Không thấy banner trên trang chủ");
			assertThat(status(outcomes, "nd42-tin-tuc")).isEqualTo(CheckStatus.AMBER);
			assertThat(detail(outcomes, "nd42-tin-tuc")).contains("(quá 7 ngày)");
			assertThat(status(outcomes, "chuyen-doi-so")).isEqualTo(CheckStatus.RED);
			assertThat(detail(outcomes, "chuyen-doi-so")).contains(": 0 tin, bài; tuần này: 1", "cần ít nhất 1 tin, bài mỗi tuần");
			assertThat(results.seen(website.id(), checks.byCode("banner-dai-hoi").orElseThrow().id())).isEmpty();
		}
	}

	@Test
	void aSiteThatIsDownFailsEveryCheckThatNeedsIt() throws Exception {
		String url;
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			url = site.url("/");
		}
		Website website = registry.save(new SiteForm("UBND huyện Krông Nô", url, "huyện", null, null), officer);

		List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

		assertThat(status(outcomes, "truy-cap")).isEqualTo(CheckStatus.RED);
		assertThat(detail(outcomes, "truy-cap")).startsWith("Không tải được " + url);
		assertThat(status(outcomes, "banner-dai-hoi")).isEqualTo(CheckStatus.RED);
		assertThat(detail(outcomes, "banner-dai-hoi")).startsWith("Không kiểm tra được: ");
		assertThat(status(outcomes, "toc-do")).isEqualTo(CheckStatus.RED);
	}

	@Test
	void aSlowSiteIsAmberAboveTheThresholdAndRedAboveTwiceIt() throws Exception {
		SiteCheck speed = checks.byCode("toc-do").orElseThrow();
		checks.save(new CheckForm("toc-do", speed.label(), "RESPONSE_TIME", null, null, 500, null, List.of()), officer);
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.slow("/", 650, LocalWebsite.home("UBND phường Bắc Gia Nghĩa", true));
			Website website = registry.save(new SiteForm("UBND phường Bắc Gia Nghĩa", site.url("/"), "phường", null, null), officer);

			List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

			assertThat(status(outcomes, "toc-do")).isEqualTo(CheckStatus.AMBER);
			assertThat(detail(outcomes, "toc-do")).endsWith(" ms (ngưỡng 500 ms)");
			assertThat(outcomes.stream().filter(o -> o.check().code().equals("toc-do")).findFirst().orElseThrow().responseMs())
				.isGreaterThanOrEqualTo(650);
		}
		finally {
			checks.save(new CheckForm("toc-do", speed.label(), "RESPONSE_TIME", null, null, speed.thresholdMs(), null, List.of()), officer);
		}
	}

	@Test
	void aSelfSignedCertificateIsATlsFailure() throws Exception {
		try (LocalWebsite site = LocalWebsite.httpsWithSelfSignedCertificate()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("Sở Xây dựng", true));
			Website website = registry.save(new SiteForm("Sở Xây dựng", site.url("/"), "DEPARTMENT", "so-xd", null), officer);

			List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

			assertThat(status(outcomes, "https")).isEqualTo(CheckStatus.RED);
			assertThat(detail(outcomes, "https")).startsWith("Chứng chỉ HTTPS không hợp lệ hoặc lỗi bắt tay TLS: ");
			assertThat(status(outcomes, "truy-cap")).isEqualTo(CheckStatus.RED);
		}
	}

	@Test
	void aColumnPostIsCountedOnceHoweverOftenTheColumnIsChecked() throws Exception {
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("Sở Y tế", true, new String[] { "Chuyển đổi số", "/cds" }))
				.html("/cds", LocalWebsite.listing("Chuyển đổi số",
						new Object[] { "Bệnh viện đa khoa tỉnh triển khai bệnh án điện tử", "/cds/benh-an", monday.minusDays(3) }));
			Website website = registry.save(new SiteForm("Sở Y tế", site.url("/"), "sở", null, null), officer);

			monitor.check(website.id(), Instant.now());
			List<Outcome> again = monitor.check(website.id(), Instant.now());

			assertThat(detail(again, "chuyen-doi-so")).contains(": 1 tin, bài; tuần này: 0");
		}
	}

	@Test
	void anUndatedColumnSeenForTheFirstTimeIsNotJudgedYet() throws Exception {
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("UBND xã Nam Dong", true, new String[] { "Chuyển đổi số", "/cds" }))
				.html("/cds", "<html><body><ul><li><a href=\"/cds/1\">Người dân xã Nam Dong dùng dịch vụ công trực tuyến</a></li>"
						+ "<li><a href=\"/cds/2\">Ra mắt mô hình chợ 4.0 tại trung tâm xã</a></li></ul></body></html>");
			Website website = registry.save(new SiteForm("UBND xã Nam Dong", site.url("/"), "xã", null, null), officer);

			List<Outcome> outcomes = monitor.check(website.id(), Instant.now());

			assertThat(status(outcomes, "chuyen-doi-so")).isEqualTo(CheckStatus.AMBER);
			assertThat(detail(outcomes, "chuyen-doi-so")).startsWith("Chuyên mục không ghi ngày đăng; chưa đủ một tuần theo dõi")
				.endsWith("(2 tin, bài đang hiển thị)");
		}
	}

	private static CheckStatus status(List<Outcome> outcomes, String code) {
		return outcome(outcomes, code).status();
	}

	private static String detail(List<Outcome> outcomes, String code) {
		return outcome(outcomes, code).detail();
	}

	private static Outcome outcome(List<Outcome> outcomes, String code) {
		return outcomes.stream().filter(o -> o.check().code().equals(code)).findFirst()
			.orElseThrow(() -> new AssertionError("no verdict for " + code + " in " + outcomes));
	}
}
