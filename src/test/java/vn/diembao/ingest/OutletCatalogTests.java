package vn.diembao.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.directory.Outlets;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The outlet list is imported at start; real outlets are never polled unless the installation asks for it. */
@DiembaoTest
class OutletCatalogTests {

	@Autowired
	OutletCatalog catalog;

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Test
	void everyLineOfTheListIsAnOutletWithASource() {
		var entries = OutletCatalog.read();
		assertThat(entries).hasSize(63); // 64 lines with the header
		for (var entry : entries) {
			assertThat(outlets.all()).as(entry.domain()).anyMatch(outlet -> outlet.domain().equals(entry.domain()));
			assertThat(sources.byUrl(entry.sourceUrl())).as(entry.sourceUrl()).isPresent();
		}
		assertThat(sources.byUrl("https://nhandan.vn/rss/home.rss").orElseThrow().outletName()).isEqualTo("Nhân Dân");
	}

	@Test
	void importedSourcesStayDisabledUnlessTheInstallationEnablesThem() {
		assertThat(sources.list()).filteredOn(source -> source.origin().equals("CATALOG"))
			.hasSizeGreaterThan(50)
			.allMatch(source -> !source.enabled());
	}

	@Test
	void sourcesWithoutAFeedOrWithABrokenFeedStayDisabledEvenWhenEnabled() {
		var withFeed = entry("nhandan.vn");
		var broken = entry("vietnamnet.vn");
		var withoutFeed = entry("baotintuc.vn");
		try {
			assertThat(catalog.register(withFeed, true)).isTrue();
			assertThat(catalog.register(broken, true)).isFalse();
			assertThat(catalog.register(withoutFeed, true)).isFalse();
			assertThat(sources.byUrl("https://baotintuc.vn/").orElseThrow())
				.satisfies(source -> assertThat(source.kind()).isEqualTo("LISTING"))
				.satisfies(source -> assertThat(source.note()).contains("Chưa biết địa chỉ RSS"));
			assertThat(sources.byUrl(broken.sourceUrl()).orElseThrow().note()).contains("RSS hỏng");
		}
		finally {
			catalog.register(withFeed, false);
		}
	}

	@Test
	void anAdministratorsDecisionSurvivesARestart() {
		var entry = entry("tuoitre.vn");
		long id = sources.byUrl(entry.sourceUrl()).orElseThrow().id();
		sources.setEnabled(id, true);
		try {
			assertThat(catalog.register(entry, false)).isTrue();
		}
		finally {
			sources.setEnabled(id, false);
		}
	}

	private static OutletCatalog.CatalogEntry entry(String domain) {
		return OutletCatalog.read().stream().filter(e -> e.domain().equals(domain)).findFirst().orElseThrow();
	}
}
