package vn.diembao.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.diembao.directory.Outlets;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.ingest.Sources;

/**
 * Demo start: demo users for every role, the fixture outlets and their feeds, one poll of each through the real
 * pipeline, and a few cases in different states. Safe to run again on a kept database.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	record DemoUser(String username, String password, String fullName, Role role, String agencyCode) {
	}

	record DemoOutlet(String directory, String name, String domain) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "demo-admin", "Quản trị hệ thống", Role.ADMIN, null),
			new DemoUser("canbo", "demo-canbo", "Nguyễn Thị Lan (Phòng TT-BC-XB)", Role.OFFICER, null),
			new DemoUser("lanhdao", "demo-lanhdao", "Trần Văn Hùng (Lãnh đạo Sở)", Role.LEADER, null),
			new DemoUser("snnmt", "demo-snnmt", "Đầu mối Sở Nông nghiệp và Môi trường", Role.AGENCY, "so-nnmt"),
			new DemoUser("sxd", "demo-sxd", "Đầu mối Sở Xây dựng", Role.AGENCY, "so-xd"),
			new DemoUser("tingia", "demo-tingia", "Tổ xử lý tin giả", Role.FACTCHECK, null));

	static final List<DemoOutlet> OUTLETS = List.of(
			new DemoOutlet("tintuc24", "Tin Tức 24 (minh họa)", "tintuc24.demo.diembao.vn"),
			new DemoOutlet("baomoi-nong", "Báo Mới Nóng (minh họa)", "baomoinong.demo.diembao.vn"),
			new DemoOutlet("cao-nguyen", "Cao Nguyên (minh họa)", "caonguyen.demo.diembao.vn"));

	private final UserAccounts users;
	private final Outlets outlets;
	private final Sources sources;
	private final SafeFetcher fetcher;
	private final DemoCases demoCases;
	private final DemoPublications publications;
	private final DemoWebsites websites;
	private final int sitePort;
	private FixtureSite site;

	DemoData(UserAccounts users, Outlets outlets, Sources sources, SafeFetcher fetcher, DemoCases demoCases,
			DemoPublications publications, DemoWebsites websites, @Value("${diembao.demo.site-port:18089}") int sitePort) {
		this.users = users;
		this.outlets = outlets;
		this.sources = sources;
		this.fetcher = fetcher;
		this.demoCases = demoCases;
		this.publications = publications;
		this.websites = websites;
		this.sitePort = sitePort;
	}

	@Override
	public void run(ApplicationArguments args) {
		StringBuilder banner = new StringBuilder("Tài khoản minh họa (chỉ dùng cho hồ sơ demo):");
		for (DemoUser user : USERS) {
			users.createIfAbsent(user.username(), user.password(), user.fullName(), Set.of(user.role()), user.agencyCode());
			banner.append("\n  ").append(user.role()).append(": ").append(user.username()).append(" / ").append(user.password());
		}
		log.info(banner.toString());
		site = openSite();
		fetcher.allowHost(site.hostAndPort());
		int collected = 0;
		for (DemoOutlet outlet : OUTLETS) {
			long outletId = outlets.register(outlet.name(), outlet.domain(), "online newspaper").id();
			long sourceId = sources.registerFeed(outletId, site.baseUrl() + "/" + outlet.directory() + "/rss.xml");
			collected += sources.pollNow(sourceId).newArticles();
		}
		log.info("Dữ liệu minh họa: {} bài mới từ {} trang tin minh họa tại {}", collected, OUTLETS.size(), site.baseUrl());
		demoCases.createOnce(Duration.ofSeconds(20));
		publications.createOnce();
		websites.registerAndCheck(site.baseUrl());
	}

	private FixtureSite openSite() {
		try {
			return new FixtureSite(sitePort, LocalDate.now(VIETNAM));
		}
		catch (IOException busy) {
			log.warn("Cổng {} của trang tin minh họa đang bận ({}); dùng một cổng khác", sitePort, busy.getMessage());
			try {
				return new FixtureSite(0, LocalDate.now(VIETNAM));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Không mở được trang tin minh họa", e);
			}
		}
	}

	@Override
	public void destroy() {
		if (site != null) {
			site.close();
		}
	}
}
