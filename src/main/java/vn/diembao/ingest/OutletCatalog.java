package vn.diembao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.Outlets;
import vn.diembao.shared.text.CsvRows;

/**
 * The outlets the department follows (classpath {@code directory/outlets.csv}) and one source each, registered at
 * every start when absent. Real outlets are polled only when {@code diembao.ingest.enable-imported-sources} is
 * true, so a demo or a developer's machine never crawls the press by surprise; even then a source without a known
 * feed, or whose feed the list calls broken, stays off. An administrator's later decision is never overridden.
 */
@Component
@Order(-10)
class OutletCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OutletCatalog.class);
	static final String RESOURCE = "directory/outlets.csv";

	private final Outlets outlets;
	private final JdbcClient jdbc;
	private final boolean enableImported;

	OutletCatalog(Outlets outlets, JdbcClient jdbc,
			@Value("${diembao.ingest.enable-imported-sources:false}") boolean enableImported) {
		this.outlets = outlets;
		this.jdbc = jdbc;
		this.enableImported = enableImported;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<CatalogEntry> entries = read();
		long enabled = entries.stream().filter(entry -> register(entry, enableImported)).count();
		log.info("Danh mục cơ quan báo chí: {} dòng, {} nguồn đang bật{}", entries.size(), enabled,
				enableImported ? "" : " (nguồn thật chỉ bật khi diembao.ingest.enable-imported-sources=true)");
	}

	/** Registers one outlet and its source; returns whether the source ends up enabled. */
	@Transactional
	boolean register(CatalogEntry entry, boolean enableImported) {
		long outletId = outlets.register(entry.name(), entry.domain(), entry.type()).id();
		boolean enable = enableImported && entry.pollable();
		jdbc.sql("""
				insert into app.source (outlet_id, kind, url, enabled, origin, note)
				values (?, ?, ?, ?, 'CATALOG', ?) on conflict (url) do nothing""")
			.params(outletId, entry.kind(), entry.sourceUrl(), enable, entry.note())
			.update();
		jdbc.sql("update app.source set enabled = ? where url = ? and origin = 'CATALOG' and admin_changed_at is null")
			.params(enable, entry.sourceUrl())
			.update();
		return jdbc.sql("select enabled from app.source where url = ?").param(entry.sourceUrl()).query(Boolean.class).single();
	}

	static List<CatalogEntry> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<Map<String, String>> rows = CsvRows.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return rows.stream()
				.filter(row -> !row.getOrDefault("domain", "").isBlank())
				.map(row -> new CatalogEntry(row.get("name").trim(), row.get("domain").trim(), row.get("type").trim(),
						row.getOrDefault("rss_index_url", "").trim(), row.getOrDefault("rss_evidence", "").trim(),
						row.getOrDefault("notes", "").trim()))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được " + RESOURCE, e);
		}
	}

	/** One line of the outlet list. */
	record CatalogEntry(String name, String domain, String type, String feedUrl, String evidence, String notes) {

		boolean hasFeed() {
			return !feedUrl.isEmpty();
		}

		boolean broken() {
			return evidence.toLowerCase(java.util.Locale.ROOT).contains("broken");
		}

		boolean pollable() {
			return hasFeed() && !broken();
		}

		/** Without a known feed the outlet's home page is registered, disabled, for an administrator to configure. */
		String sourceUrl() {
			return hasFeed() ? SourceRules.normalised(feedUrl) : "https://" + domain + "/";
		}

		String kind() {
			return hasFeed() ? "RSS" : "LISTING";
		}

		String note() {
			if (!hasFeed()) {
				return "Chưa biết địa chỉ RSS: cần cấu hình trang chuyên mục trước khi bật.";
			}
			if (broken()) {
				return "Danh mục ghi nhận RSS hỏng" + (notes.isEmpty() ? "" : " (" + notes + ")") + ".";
			}
			return evidence.contains("unverified") ? "RSS chưa kiểm chứng." : null;
		}
	}
}
