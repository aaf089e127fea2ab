package vn.diembao.sites;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.CurrentUser;
import vn.diembao.shared.audit.AuditLog;

/** The checks as data: which banner, which Decree 42 sections, which column, which thresholds. */
@Service
class SiteChecks {

	private static final String SELECT = """
			select id, code, label, kind, pattern, max_age_days, threshold_ms, min_posts_per_week, levels, enabled
			from app.website_check
			""";
	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");

	private final JdbcClient jdbc;
	private final AuditLog audit;

	SiteChecks(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<SiteCheck> all() {
		return jdbc.sql(SELECT + "order by position, id").query(SiteChecks::map).list();
	}

	List<SiteCheck> enabled() {
		return jdbc.sql(SELECT + "where enabled order by position, id").query(SiteChecks::map).list();
	}

	java.util.Optional<SiteCheck> byCode(String code) {
		return jdbc.sql(SELECT + "where code = ?").param(code).query(SiteChecks::map).optional();
	}

	/** Adds a check, or changes the one with the same code. */
	@Transactional
	SiteCheck save(CheckForm form, CurrentUser user) {
		String code = form.code() == null ? "" : form.code().trim();
		if (!CODE.matcher(code).matches()) {
			throw new InvalidSiteException("Mã kiểm tra chỉ gồm chữ thường không dấu, số và dấu gạch ngang (2–41 ký tự)");
		}
		if (form.label() == null || form.label().isBlank()) {
			throw new InvalidSiteException("Chưa nhập tên kiểm tra");
		}
		CheckKind kind;
		try {
			kind = CheckKind.valueOf(form.kind());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidSiteException("Loại kiểm tra không hợp lệ");
		}
		String pattern = form.pattern() == null || form.pattern().isBlank() ? null : form.pattern().trim();
		boolean needsPattern = kind == CheckKind.BANNER || kind == CheckKind.SECTION || kind == CheckKind.COLUMN;
		if (needsPattern && pattern == null) {
			throw new InvalidSiteException("Kiểm tra loại " + kind + " cần mẫu nhận diện (biểu thức chính quy)");
		}
		if (pattern != null) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException e) {
				throw new InvalidSiteException("Mẫu nhận diện không hợp lệ: " + e.getDescription());
			}
		}
		if (kind == CheckKind.RESPONSE_TIME && form.thresholdMs() == null) {
			throw new InvalidSiteException("Kiểm tra thời gian phản hồi cần ngưỡng (ms)");
		}
		String levels = form.levels() == null || form.levels().isEmpty() ? null
				: form.levels().stream()
					.map(l -> SiteLevel.parse(l).orElseThrow(() -> new InvalidSiteException("Cấp không hợp lệ: " + l))).map(Enum::name).collect(Collectors.joining(","));
		long id = jdbc.sql("""
				insert into app.website_check (code, label, kind, pattern, max_age_days, threshold_ms, min_posts_per_week, levels)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set label = excluded.label, kind = excluded.kind, pattern = excluded.pattern,
				    max_age_days = excluded.max_age_days, threshold_ms = excluded.threshold_ms,
				    min_posts_per_week = excluded.min_posts_per_week, levels = excluded.levels
				returning id""")
			.params(code, form.label().trim(), kind.name(), pattern, positive(form.maxAgeDays()), positive(form.thresholdMs()),
					kind == CheckKind.COLUMN ? (positive(form.minPostsPerWeek()) == null ? 1 : form.minPostsPerWeek()) : null,
					levels)
			.query(Long.class)
			.single();
		audit.record(user.username(), "SITE_CHECK_SAVED", "website_check", id, code + " — " + form.label().trim());
		return byCode(code).orElseThrow();
	}

	@Transactional
	void setEnabled(long id, boolean enabled, CurrentUser user) {
		if (jdbc.sql("update app.website_check set enabled = ? where id = ?").params(enabled, id).update() == 0) {
			throw new InvalidSiteException("Không có kiểm tra số " + id);
		}
		audit.record(user.username(), enabled ? "SITE_CHECK_ENABLED" : "SITE_CHECK_DISABLED", "website_check", id, "");
	}

	private static Integer positive(Integer value) {
		return value == null || value <= 0 ? null : value;
	}

	private static SiteCheck map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String levels = rs.getString(9);
		Set<SiteLevel> parsed = levels == null || levels.isBlank() ? Set.of()
				: Arrays.stream(levels.split(",")).map(String::trim).map(SiteLevel::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(SiteLevel.class)));
		return new SiteCheck(rs.getLong(1), rs.getString(2), rs.getString(3), CheckKind.valueOf(rs.getString(4)),
				rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8), parsed,
				rs.getBoolean(10));
	}
}
