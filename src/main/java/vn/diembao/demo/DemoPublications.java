package vn.diembao.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.diembao.bulletin.BulletinDesk;
import vn.diembao.bulletin.BulletinKind;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.UserAccounts;
import vn.diembao.fakenews.FakeNewsDesk;
import vn.diembao.fakenews.FakeNewsIntake;
import vn.diembao.fakenews.ReportForm;
import vn.diembao.fakenews.Verdict;

/** Today's published province bulletin and today's province-news draft, plus fake-news reports in two states. */
@Component
class DemoPublications {

	private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);

	private final BulletinDesk bulletins;
	private final FakeNewsIntake intake;
	private final FakeNewsDesk fakeNews;
	private final UserAccounts users;

	DemoPublications(BulletinDesk bulletins, FakeNewsIntake intake, FakeNewsDesk fakeNews, UserAccounts users) {
		this.bulletins = bulletins;
		this.intake = intake;
		this.fakeNews = fakeNews;
		this.users = users;
	}

	void createOnce() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		bulletins.startEdition(BulletinKind.PROVINCE_DAILY, today)
			.ifPresent(id -> bulletins.submitAndApprove(id, "canbo", "lanhdao"));
		bulletins.startEdition(BulletinKind.DOMESTIC_DAILY, today);
		if (!fakeNews.reports().isEmpty()) {
			return;
		}
		CurrentUser factChecker = users.currentUser("tingia");
		var published = intake.fromPublic(new ReportForm("Trên mạng xã hội lan truyền thông tin hồ Tuyền Lâm (Đà Lạt) bị nhiễm "
				+ "độc, cá chết hàng loạt, người dân không được đến gần.", "Facebook", "https://facebook.com/demo/bai-viet/123",
				today.minusDays(3), null, false, null), List.of(), "demo");
		long id = fakeNews.reports().stream().filter(r -> r.trackingCode().equals(published.trackingCode())).findFirst()
			.orElseThrow().id();
		fakeNews.screen(id, true, null, List.of(), factChecker);
		fakeNews.propose(id, Verdict.FALSE, "Sở Nông nghiệp và Môi trường đã quan trắc: chất lượng nước hồ Tuyền Lâm đạt quy chuẩn; "
				+ "không có hiện tượng cá chết hàng loạt. Hình ảnh lan truyền được chụp ở địa phương khác năm 2019.",
				"Kết quả quan trắc ngày 20/11 của Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", factChecker);
		fakeNews.decide(id, true, null, users.currentUser("lanhdao"));
		intake.fromPublic(new ReportForm("Tin nhắn Zalo nói Lâm Đồng sẽ thu phí mọi xe máy vào trung tâm Đà Lạt từ tháng sau.",
				"Zalo", null, today.minusDays(1), null, false, null), List.of(), "demo");
		log.info("Dữ liệu minh họa: bản tin điểm báo hôm nay, 1 kết luận tin giả đã công bố, 1 phản ánh chờ sàng lọc");
	}
}
