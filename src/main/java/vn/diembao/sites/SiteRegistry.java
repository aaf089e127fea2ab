package vn.diembao.sites;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.shared.audit.AuditLog;
import vn.diembao.shared.text.CsvRows;

/** The registry of the province's websites: added one by one or imported from CSV, keyed by address. */
@Service
class SiteRegistry {

	private static final String SELECT = "select id, agency_id, name, url, level, contact_email, active from app.website ";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;
	private final Agencies agencies;
	private final AuditLog audit;

	SiteRegistry(JdbcClient jdbc, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
	}

	List<Website> all() {
		return jdbc.sql(SELECT + "order by level, name").query(SiteRegistry::map).list();
	}

	List<Website> active() {
		return jdbc.sql(SELECT + "where active order by level, name").query(SiteRegistry::map).list();
	}

	Optional<Website> find(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(SiteRegistry::map).optional();
	}

	/** Adds a site, or updates the one registered at the same address (an import run twice changes nothing). */
	@Transactional
	Website save(SiteForm form, CurrentUser user) {
		String url = normalisedUrl(form.url());
		String name = form.name() == null ? "" : form.name().trim();
		if (name.isEmpty()) {
			throw new InvalidSiteException("Chưa nhập tên cơ quan/trang cho " + url);
		}
		SiteLevel level = SiteLevel.parse(form.level())
			.orElseThrow(() -> new InvalidSiteException("Cấp “" + form.level() + "” không rõ (tỉnh, sở/ngành, huyện, xã): " + url));
		Long agencyId = agencyId(form.agencyCode(), url);
		String email = form.contactEmail() == null || form.contactEmail().isBlank() ? null : form.contactEmail().trim();
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidSiteException("Địa chỉ thư “" + email + "” không hợp lệ: " + url);
		}
		long id = jdbc.sql("""
				insert into app.website (agency_id, name, url, level, contact_email) values (?, ?, ?, ?, ?)
				on conflict (url) do update set agency_id = excluded.agency_id, name = excluded.name,
				    level = excluded.level, contact_email = excluded.contact_email, active = true
				returning id""")
			.params(agencyId, name, url, level.name(), email)
			.query(Long.class)
			.single();
		audit.record(user.username(), "SITE_SAVED", "website", id, name + " — " + url);
		return find(id).orElseThrow();
	}

	@Transactional
	void setActive(long id, boolean active, CurrentUser user) {
		int changed = jdbc.sql("update app.website set active = ? where id = ?").params(active, id).update();
		if (changed == 0) {
			throw new SiteNotFoundException(id);
		}
		audit.record(user.username(), active ? "SITE_ENABLED" : "SITE_DISABLED", "website", id, "");
	}

	/**
	 * Imports a CSV with a header line: {@code ten} (name), {@code dia_chi} (URL), {@code cap} (level), and optionally
	 * {@code ma_co_quan} (agency code in the directory) and {@code email}. Good rows are saved, bad rows reported.
	 */
	@Transactional
	ImportResult importCsv(String csv, CurrentUser user) {
		int saved = 0;
		List<String> errors = new ArrayList<>();
		List<Map<String, String>> rows = CsvRows.parse(csv);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			try {
				save(new SiteForm(row.get("ten"), row.get("dia_chi"), row.get("cap"), row.get("ma_co_quan"), row.get("email")), user);
				saved++;
			}
			catch (InvalidSiteException e) {
				errors.add("Dòng " + (i + 2) + ": " + e.getMessage());
			}
		}
		return new ImportResult(saved, errors);
	}

	record ImportResult(int saved, List<String> errors) {
	}

	Optional<AgencyRef> agencyOf(Website site) {
		return site.agencyId() == null ? Optional.empty() : agencies.byId(site.agencyId());
	}

	private Long agencyId(String code, String url) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return agencies.byCode(code.trim())
			.map(AgencyRef::id)
			.orElseThrow(() -> new InvalidSiteException("Không có cơ quan mã “" + code.trim() + "” trong danh mục: " + url));
	}

	static String normalisedUrl(String text) {
		String url = text == null ? "" : text.trim();
		if (!url.isEmpty() && !url.contains("://")) {
			url = "https://" + url;
		}
		try {
			URI uri = URI.create(url);
			if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
				throw new InvalidSiteException("Địa chỉ “" + text + "” không phải trang web http/https");
			}
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			return uri.getScheme().toLowerCase() + "://" + uri.getRawAuthority().toLowerCase() + path
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidSiteException("Địa chỉ “" + text + "” không hợp lệ");
		}
	}

	private static Website map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long agency = rs.getLong(2);
		return new Website(rs.getLong(1), rs.wasNull() ? null : agency, rs.getString(3), rs.getString(4),
				SiteLevel.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7));
	}
}
