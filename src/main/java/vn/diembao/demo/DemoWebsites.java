package vn.diembao.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.diembao.directory.UserAccounts;
import vn.diembao.sites.SiteLevel;
import vn.diembao.sites.Websites;

/**
 * Three of the province's own websites for the “Trang TTĐT” page, served by the fixture site: a department that
 * passes, a commune without the banner and with a silent “Chuyển đổi số” column, a district that is down. Each is
 * checked once at start.
 */
@Component
@Profile("demo")
class DemoWebsites {

	private static final Logger log = LoggerFactory.getLogger(DemoWebsites.class);

	private record DemoWebsite(String name, String path, SiteLevel level, String agencyCode) {
	}

	private static final List<DemoWebsite> WEBSITES = List.of(
			new DemoWebsite("Sở Tài chính (minh họa)", "/trang-tin/so-tc/index.html", SiteLevel.DEPARTMENT, "so-tc"),
			new DemoWebsite("UBND xã Nam Dong (minh họa)", "/trang-tin/xa-nam-dong/index.html", SiteLevel.COMMUNE, null),
			new DemoWebsite("UBND huyện Krông Nô (minh họa)", "/trang-tin/huyen-krong-no/index.html", SiteLevel.DISTRICT, null));

	private final Websites websites;
	private final UserAccounts users;

	DemoWebsites(Websites websites, UserAccounts users) {
		this.websites = websites;
		this.users = users;
	}

	void registerAndCheck(String baseUrl) {
		var admin = users.currentUser("admin");
		int failed = 0;
		for (DemoWebsite website : WEBSITES) {
			long id = websites.register(website.name(), baseUrl + website.path(), website.level(), website.agencyCode(), admin);
			failed += websites.checkNow(id);
		}
		log.info("Trang TTĐT minh họa: {} trang, {} nội dung không đạt", WEBSITES.size(), failed);
	}
}
