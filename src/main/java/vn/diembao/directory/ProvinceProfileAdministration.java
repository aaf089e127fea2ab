package vn.diembao.directory;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;

/**
 * “Hồ sơ tỉnh”: the province's names, the former provinces merged into it and its own list of places, aliases and
 * collisions on top of the shipped national gazetteer. Every edit raises the gazetteer version and is kept in the
 * change list; the classifier reads the names of the profile for each new article, so an edit takes effect for the
 * next classification without a restart.
 */
@Service
class ProvinceProfileAdministration {

	/** The date format shown in CSV import errors. */
	private static final String DATE_EXAMPLE = "2025-06-30";

	static final String AUDIT_SUBJECT = "PROVINCE_PROFILE";
	static final Set<String> KINDS = Set.of("PROVINCE", "FORMER_PROVINCE", "PLACE", "COLLISION");
	static final List<String> CSV_COLUMNS = List.of("name", "kind", "valid_from", "valid_to", "note");

	record Profile(String code, String name, LocalDate validFrom, LocalDate validTo, int gazetteerVersion) {
	}

	record ProfileForm(String name, @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate validTo) {
	}

	record NameRow(long id, String name, String kind, LocalDate validFrom, LocalDate validTo, String note) {

		public String kindLabel() {
			return ProvinceProfileAdministration.kindLabel(kind);
		}
	}

	record NameForm(String name, String kind, @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate validTo, String note) {
	}

	record Version(int version, Instant changedAt, String changedBy, String action, String detail) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final String code;

	ProvinceProfileAdministration(JdbcClient jdbc, AuditLog audit, @Value("${diembao.province.code}") String code) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.code = code;
	}

	static String kindLabel(String kind) {
		return switch (kind) {
			case "PROVINCE" -> "Tên tỉnh, cách viết khác";
			case "FORMER_PROVINCE" -> "Tỉnh cũ đã sáp nhập";
			case "PLACE" -> "Địa danh trong tỉnh";
			default -> "Trùng tên nơi khác (cần ngữ cảnh)";
		};
	}

	Profile profile() {
		return jdbc.sql("select code, name, valid_from, valid_to, gazetteer_version from app.province_profile where code = ?")
			.param(code)
			.query(Profile.class)
			.single();
	}

	List<NameRow> names() {
		return jdbc.sql("""
				select id, name, kind, valid_from, valid_to, note from app.province_name where profile_code = ?
				order by case kind when 'PROVINCE' then 0 when 'FORMER_PROVINCE' then 1 when 'PLACE' then 2 else 3 end, name""")
			.param(code)
			.query(NameRow.class)
			.list();
	}

	List<Version> versions() {
		return jdbc.sql("""
				select version, changed_at, changed_by, action, detail from app.province_name_change
				where profile_code = ? order by id desc limit 200""")
			.param(code)
			.query(Version.class)
			.list();
	}

	@Transactional
	void updateProfile(ProfileForm form, String admin) {
		var check = new InvalidInput.Check();
		check.require("name", form.name(), "Hãy nhập tên tỉnh.");
		check.that(form.validFrom() == null || form.validTo() == null || form.validTo().isAfter(form.validFrom()), "validTo",
				"Ngày hết hiệu lực phải sau ngày có hiệu lực.");
		check.throwIfAny();
		jdbc.sql("update app.province_profile set name = ?, valid_from = ?, valid_to = ? where code = ?")
			.params(form.name().trim(), date(form.validFrom()), date(form.validTo()), code)
			.update();
		audit.record(admin, "Sửa hồ sơ tỉnh", AUDIT_SUBJECT, code, form.name().trim());
	}

	@Transactional
	void addName(NameForm form, String admin) {
		validate(form, null);
		jdbc.sql("""
				insert into app.province_name (profile_code, name, kind, valid_from, valid_to, note) values (?, ?, ?, ?, ?, ?)""")
			.params(code, form.name().trim(), form.kind(), date(form.validFrom()), date(form.validTo()), Emails.blankToNull(form.note()))
			.update();
		bump(admin, "Thêm", form.name().trim() + " (" + kindLabel(form.kind()) + ")");
	}

	@Transactional
	void updateName(long id, NameForm form, String admin) {
		NameRow before = name(id).orElseThrow(() -> new RecordNotFoundException("Không có địa danh " + id));
		validate(form, id);
		jdbc.sql("update app.province_name set name = ?, kind = ?, valid_from = ?, valid_to = ?, note = ? where id = ?")
			.params(form.name().trim(), form.kind(), date(form.validFrom()), date(form.validTo()), Emails.blankToNull(form.note()), id)
			.update();
		bump(admin, "Sửa", before.name() + " → " + form.name().trim() + " (" + kindLabel(form.kind()) + ")");
	}

	@Transactional
	void deleteName(long id, String admin) {
		NameRow before = name(id).orElseThrow(() -> new RecordNotFoundException("Không có địa danh " + id));
		if (before.kind().equals("PROVINCE") && names().stream().filter(n -> n.kind().equals("PROVINCE")).count() == 1) {
			throw new IllegalArgumentException("Không thể xóa tên tỉnh cuối cùng của hồ sơ.");
		}
		jdbc.sql("delete from app.province_name where id = ?").param(id).update();
		bump(admin, "Xóa", before.name() + " (" + kindLabel(before.kind()) + ")");
	}

	String exportCsv() {
		return CsvTable.write(CSV_COLUMNS, names().stream()
			.map(n -> Arrays.asList(n.name(), n.kind(), CsvTable.day(n.validFrom()), CsvTable.day(n.validTo()), n.note()))
			.toList());
	}

	/** Adds or updates names (matched by name); all or nothing, one new version for the whole file. */
	@Transactional
	int importCsv(String text, String admin) {
		List<Map<String, String>> rows = CsvTable.read(text);
		CsvTable.requireColumns(rows, List.of("name", "kind"));
		List<String> problems = new ArrayList<>();
		int line = 1;
		int changed = 0;
		for (Map<String, String> row : rows) {
			line++;
			try {
				NameForm form = new NameForm(row.get("name"), row.get("kind"),
						CsvTable.parseDay(row.get("valid_from"), DATE_EXAMPLE), CsvTable.parseDay(row.get("valid_to"), DATE_EXAMPLE),
						row.get("note"));
				Optional<NameRow> existing = names().stream().filter(n -> n.name().equals(form.name().trim())).findFirst();
				validate(form, existing.map(NameRow::id).orElse(null));
				if (existing.isEmpty()) {
					jdbc.sql("""
							insert into app.province_name (profile_code, name, kind, valid_from, valid_to, note)
							values (?, ?, ?, ?, ?, ?)""")
						.params(code, form.name().trim(), form.kind(), date(form.validFrom()), date(form.validTo()),
								Emails.blankToNull(form.note()))
						.update();
					changed++;
				}
				else if (!same(existing.get(), form)) {
					jdbc.sql("update app.province_name set kind = ?, valid_from = ?, valid_to = ?, note = ? where id = ?")
						.params(form.kind(), date(form.validFrom()), date(form.validTo()), Emails.blankToNull(form.note()),
								existing.get().id())
						.update();
					changed++;
				}
			}
			catch (IllegalArgumentException invalid) {
				problems.add("Dòng " + line + ": " + invalid.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Không nhập tệp: " + String.join(" ", problems));
		}
		if (changed > 0) {
			bump(admin, "Nhập CSV", changed + " địa danh thêm hoặc sửa");
		}
		return changed;
	}

	private static boolean same(NameRow row, NameForm form) {
		return row.kind().equals(form.kind()) && java.util.Objects.equals(row.validFrom(), form.validFrom())
				&& java.util.Objects.equals(row.validTo(), form.validTo())
				&& java.util.Objects.equals(row.note(), Emails.blankToNull(form.note()));
	}

	private Optional<NameRow> name(long id) {
		return jdbc.sql("select id, name, kind, valid_from, valid_to, note from app.province_name where id = ? and profile_code = ?")
			.params(id, code)
			.query(NameRow.class)
			.optional();
	}

	private void validate(NameForm form, Long id) {
		var check = new InvalidInput.Check();
		check.require("name", form.name(), "Hãy nhập địa danh.");
		if (form.name() != null && !form.name().isBlank()) {
			check.that(form.name().trim().length() >= 2 && form.name().trim().length() <= 80, "name", "Địa danh phải dài 2–80 ký tự.");
			Optional<Long> owner = jdbc.sql("select id from app.province_name where profile_code = ? and name = ?")
				.params(code, form.name().trim())
				.query(Long.class)
				.optional();
			check.that(owner.isEmpty() || owner.get().equals(id), "name", "Địa danh “" + form.name().trim() + "” đã có trong hồ sơ.");
		}
		check.that(form.kind() != null && KINDS.contains(form.kind()), "kind", "Hãy chọn loại địa danh.");
		check.that(form.validFrom() == null || form.validTo() == null || form.validTo().isAfter(form.validFrom()), "validTo",
				"Ngày hết hiệu lực phải sau ngày có hiệu lực.");
		check.throwIfAny();
	}

	private void bump(String admin, String action, String detail) {
		int version = jdbc.sql("update app.province_profile set gazetteer_version = gazetteer_version + 1 where code = ? returning gazetteer_version")
			.param(code)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into app.province_name_change (profile_code, version, changed_by, action, detail) values (?, ?, ?, ?, ?)""")
			.params(code, version, admin, action, detail)
			.update();
		audit.record(admin, action + " địa danh (phiên bản " + version + ")", AUDIT_SUBJECT, code, detail);
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
