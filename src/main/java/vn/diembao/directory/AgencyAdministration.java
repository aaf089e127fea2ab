package vn.diembao.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;

/**
 * “Cơ quan, đơn vị”: departments, communes and the former districts kept for old cases. The code never changes —
 * it is the agency's Camunda candidate group — so a rename keeps every case and task; a merge hands the open work
 * over to the successor ({@link AgencyMerged}) and keeps the old agency, inactive, for the record.
 */
@Service
class AgencyAdministration {

	static final String AUDIT_SUBJECT = "AGENCY";
	private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
	static final Set<String> KINDS = Set.of("DEPARTMENT", "COMMUNE", "DISTRICT", "OTHER");
	static final List<String> CSV_COLUMNS = List.of("code", "name", "kind", "email", "other_emails", "head_name",
			"head_title", "head_phone", "parent_code", "active");

	record AgencyRow(long id, String code, String name, String kind, String email, String otherEmails, String headName,
			String headTitle, String headPhone, Long parentId, String parentName, Long successorId, String successorName,
			boolean active, LocalDate inactiveSince) {

		public String kindLabel() {
			return AgencyAdministration.kindLabel(kind);
		}
	}

	record AgencyForm(String code, String name, String kind, String email, String otherEmails, String headName,
			String headTitle, String headPhone, Long parentId) {
	}

	record Change(Instant changedAt, String changedBy, String change, String oldName, String newName, String otherName) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	AgencyAdministration(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	static String kindLabel(String kind) {
		return switch (kind) {
			case "DEPARTMENT" -> "Sở, ban, ngành";
			case "COMMUNE" -> "UBND xã, phường";
			case "DISTRICT" -> "UBND huyện (trước 7/2025)";
			default -> "Khác";
		};
	}

	List<AgencyRow> all() {
		return jdbc.sql(SELECT + " order by g.active desc, g.kind, g.name").query(AgencyRow.class).list();
	}

	Optional<AgencyRow> byId(long id) {
		return jdbc.sql(SELECT + " where g.id = ?").param(id).query(AgencyRow.class).optional();
	}

	List<Change> history(long id) {
		return jdbc.sql("""
				select c.changed_at, c.changed_by, c.change, c.old_name, c.new_name, o.name as other_name
				from app.agency_change c left join app.agency o on o.id = c.other_id
				where c.agency_id = ? order by c.changed_at, c.id""")
			.param(id)
			.query(Change.class)
			.list();
	}

	@Transactional
	long create(AgencyForm form, String admin) {
		validate(form, null);
		long id = jdbc.sql("""
				insert into app.agency (code, name, kind, email, other_emails, head_name, head_title, head_phone, parent_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(form.code().trim(), form.name().trim(), form.kind(), Emails.blankToNull(form.email()),
					String.join(", ", Emails.split(form.otherEmails())), Emails.blankToNull(form.headName()),
					Emails.blankToNull(form.headTitle()), Emails.blankToNull(form.headPhone()), form.parentId())
			.query(Long.class)
			.single();
		change(id, admin, "CREATED", null, form.name().trim(), null);
		audit.record(admin, "Tạo cơ quan", AUDIT_SUBJECT, id, form.code().trim() + " — " + form.name().trim());
		return id;
	}

	/** Updates contacts and, when the name differs, records a rename; the code stays as it was. */
	@Transactional
	void update(long id, AgencyForm form, String admin) {
		AgencyRow before = byId(id).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan " + id));
		validate(new AgencyForm(before.code(), form.name(), form.kind(), form.email(), form.otherEmails(), form.headName(),
				form.headTitle(), form.headPhone(), form.parentId()), id);
		jdbc.sql("""
				update app.agency set name = ?, kind = ?, email = ?, other_emails = ?, head_name = ?, head_title = ?,
				       head_phone = ?, parent_id = ? where id = ?""")
			.params(form.name().trim(), form.kind(), Emails.blankToNull(form.email()),
					String.join(", ", Emails.split(form.otherEmails())), Emails.blankToNull(form.headName()),
					Emails.blankToNull(form.headTitle()), Emails.blankToNull(form.headPhone()), form.parentId(), id)
			.update();
		if (!before.name().equals(form.name().trim())) {
			change(id, admin, "RENAMED", before.name(), form.name().trim(), null);
			audit.record(admin, "Đổi tên cơ quan", AUDIT_SUBJECT, id, before.name() + " → " + form.name().trim());
		}
		else {
			change(id, admin, "UPDATED", null, null, null);
			audit.record(admin, "Sửa thông tin cơ quan", AUDIT_SUBJECT, id, before.name());
		}
	}

	@Transactional
	void setActive(long id, boolean active, String admin) {
		AgencyRow agency = byId(id).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan " + id));
		if (agency.active() == active) {
			return;
		}
		if (active && agency.successorId() != null) {
			throw new IllegalArgumentException(agency.name() + " đã sáp nhập vào " + agency.successorName()
					+ ": không thể hoạt động lại.");
		}
		jdbc.sql("update app.agency set active = ?, inactive_since = ? where id = ?")
			.params(active, active ? null : java.sql.Date.valueOf(LocalDate.now(VIETNAM)), id)
			.update();
		change(id, admin, active ? "ACTIVATED" : "DEACTIVATED", null, null, null);
		audit.record(admin, active ? "Cho cơ quan hoạt động lại" : "Ngừng hoạt động cơ quan", AUDIT_SUBJECT, id, agency.name());
	}

	/** Merges one agency into another: the old one becomes inactive, points to its successor and hands over its work. */
	@Transactional
	void merge(long fromId, long intoId, String admin) {
		if (fromId == intoId) {
			throw new IllegalArgumentException("Hãy chọn một cơ quan khác để sáp nhập vào.");
		}
		AgencyRow from = byId(fromId).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan " + fromId));
		AgencyRow into = byId(intoId).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan " + intoId));
		if (!into.active()) {
			throw new IllegalArgumentException(into.name() + " không còn hoạt động: hãy chọn cơ quan kế thừa đang hoạt động.");
		}
		if (from.successorId() != null) {
			throw new IllegalArgumentException(from.name() + " đã sáp nhập vào " + from.successorName() + " trước đó.");
		}
		jdbc.sql("update app.agency set active = false, successor_id = ?, inactive_since = coalesce(inactive_since, ?) where id = ?")
			.params(intoId, java.sql.Date.valueOf(LocalDate.now(VIETNAM)), fromId)
			.update();
		// users of the old agency now answer for the successor
		jdbc.sql("update app.app_user set agency_id = ? where agency_id = ?").params(intoId, fromId).update();
		change(fromId, admin, "MERGED_INTO", from.name(), into.name(), intoId);
		audit.record(admin, "Sáp nhập cơ quan", AUDIT_SUBJECT, fromId, from.name() + " → " + into.name());
		events.publishEvent(new AgencyMerged(fromId, from.code(), from.name(), intoId, into.code(), into.name(), admin));
	}

	String exportCsv() {
		List<List<String>> rows = new ArrayList<>();
		for (AgencyRow a : all()) {
			String parentCode = a.parentId() == null ? "" : byId(a.parentId()).map(AgencyRow::code).orElse("");
			rows.add(java.util.Arrays.asList(a.code(), a.name(), a.kind(), a.email(), a.otherEmails(), a.headName(),
					a.headTitle(), a.headPhone(), parentCode, a.active() ? "1" : "0"));
		}
		return CsvTable.write(CSV_COLUMNS, rows);
	}

	/**
	 * Creates or updates agencies by code, all or nothing: one invalid row refuses the whole file with the row numbers.
	 * Activity is not imported for merged agencies (a merge is an action with consequences, not a cell).
	 */
	@Transactional
	int importCsv(String text, String admin) {
		List<Map<String, String>> rows = CsvTable.read(text);
		CsvTable.requireColumns(rows, List.of("code", "name", "kind"));
		List<String> problems = new ArrayList<>();
		int line = 1;
		int count = 0;
		for (Map<String, String> row : rows) {
			line++;
			String code = row.getOrDefault("code", "");
			Long parentId = null;
			String parentCode = row.getOrDefault("parent_code", "");
			if (!parentCode.isBlank()) {
				parentId = jdbc.sql("select id from app.agency where code = ?").param(parentCode).query(Long.class).optional().orElse(null);
				if (parentId == null) {
					problems.add("Dòng " + line + ": không có cơ quan cấp trên “" + parentCode + "”.");
					continue;
				}
			}
			AgencyForm form = new AgencyForm(code, row.get("name"), row.get("kind"), row.get("email"), row.get("other_emails"),
					row.get("head_name"), row.get("head_title"), row.get("head_phone"), parentId);
			try {
				Optional<Long> existing = jdbc.sql("select id from app.agency where code = ?").param(code).query(Long.class).optional();
				long id = existing.isPresent() ? existing.get() : create(form, admin);
				if (existing.isPresent()) {
					update(id, form, admin);
				}
				String active = row.getOrDefault("active", "1");
				if (!active.isBlank() && byId(id).orElseThrow().successorId() == null) {
					setActive(id, !active.equals("0") && !active.equalsIgnoreCase("false"), admin);
				}
				count++;
			}
			catch (IllegalArgumentException invalid) {
				problems.add("Dòng " + line + " (" + code + "): " + invalid.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Không nhập tệp: " + String.join(" ", problems));
		}
		return count;
	}

	private void validate(AgencyForm form, Long id) {
		var check = new InvalidInput.Check();
		check.require("code", form.code(), "Hãy nhập mã cơ quan.");
		if (form.code() != null && !form.code().isBlank()) {
			check.that(form.code().trim().matches("[a-z0-9][a-z0-9-]{1,63}"), "code",
					"Mã cơ quan chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ so-yt).");
			if (id == null) {
				check.that(!jdbc.sql("select exists (select 1 from app.agency where code = ?)").param(form.code().trim())
					.query(Boolean.class).single(), "code", "Mã cơ quan “" + form.code().trim() + "” đã có.");
			}
		}
		check.require("name", form.name(), "Hãy nhập tên cơ quan.");
		check.that(form.kind() != null && KINDS.contains(form.kind()), "kind", "Hãy chọn loại cơ quan.");
		check.email("email", form.email());
		for (String other : Emails.split(form.otherEmails())) {
			check.email("otherEmails", other);
		}
		if (form.parentId() != null) {
			check.that(!form.parentId().equals(id), "parentId", "Cơ quan không thể là cấp trên của chính nó.");
		}
		check.throwIfAny();
	}

	private void change(long id, String admin, String change, String oldName, String newName, Long otherId) {
		jdbc.sql("""
				insert into app.agency_change (agency_id, changed_by, change, old_name, new_name, other_id)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, admin, change, oldName, newName, otherId)
			.update();
	}

	private static final String SELECT = """
			select g.id, g.code, g.name, g.kind, g.email, g.other_emails, g.head_name, g.head_title, g.head_phone,
			       g.parent_id, p.name as parent_name, g.successor_id, s.name as successor_name, g.active, g.inactive_since
			from app.agency g left join app.agency p on p.id = g.parent_id left join app.agency s on s.id = g.successor_id""";
}
