package vn.diembao.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;

/**
 * The registry of press outlets (licence and its “tôn chỉ, mục đích”, representative office in the province) and of
 * their resident reporters (phóng viên thường trú) with press cards.
 */
@Service
class OutletAdministration {

	/** The date format shown in CSV import errors. */
	private static final String DATE_EXAMPLE = "2026-12-31";

	static final String AUDIT_SUBJECT = "OUTLET";
	/** The values the outlet catalogue and the collectors already use; the labels are what administrators read. */
	static final List<String> TYPES = List.of("central newspaper", "provincial", "magazine", "TV", "online newspaper", "online");
	static final List<String> OUTLET_COLUMNS = List.of("name", "domain", "type", "other_domains", "licence_number",
			"licence_scope", "office_address", "office_phone", "in_province");
	static final List<String> REPORTER_COLUMNS = List.of("outlet_domain", "full_name", "press_card_number",
			"card_valid_to", "registered_from", "registered_to", "phone", "email", "active");

	record OutletRow(long id, String name, String domain, String type, String otherDomains, String licenceNumber,
			String licenceScope, String officeAddress, String officePhone, boolean inProvince, int reporters) {

		public String typeLabel() {
			return OutletAdministration.typeLabel(type);
		}
	}

	record OutletForm(String name, String domain, String type, String otherDomains, String licenceNumber,
			String licenceScope, String officeAddress, String officePhone, Boolean inProvince) {
	}

	record ReporterRow(long id, long outletId, String outletName, String outletDomain, String fullName,
			String pressCardNumber, LocalDate cardValidTo, LocalDate registeredFrom, LocalDate registeredTo, String phone,
			String email, boolean active) {
	}

	record ReporterForm(String fullName, String pressCardNumber, @DateTimeFormat(iso = ISO.DATE) LocalDate cardValidTo,
			@DateTimeFormat(iso = ISO.DATE) LocalDate registeredFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate registeredTo,
			String phone, String email, Boolean active) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;

	OutletAdministration(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	static String typeLabel(String type) {
		return switch (type) {
			case "central newspaper" -> "Báo trung ương";
			case "provincial" -> "Báo địa phương";
			case "magazine" -> "Tạp chí";
			case "TV" -> "Phát thanh, truyền hình";
			case "online newspaper" -> "Báo điện tử";
			case "online" -> "Trang thông tin điện tử";
			default -> type;
		};
	}

	List<OutletRow> all() {
		return jdbc.sql(OUTLETS + " order by o.name").query(OutletRow.class).list();
	}

	Optional<OutletRow> byId(long id) {
		return jdbc.sql(OUTLETS + " where o.id = ?").param(id).query(OutletRow.class).optional();
	}

	@Transactional
	long create(OutletForm form, String admin) {
		validate(form, null);
		long id = jdbc.sql("""
				insert into app.outlet (name, domain, type, other_domains, licence_number, licence_scope, office_address,
				                        office_phone, in_province) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(outletParams(form))
			.query(Long.class)
			.single();
		audit.record(admin, "Thêm cơ quan báo chí", AUDIT_SUBJECT, id, form.name().trim());
		return id;
	}

	@Transactional
	void update(long id, OutletForm form, String admin) {
		byId(id).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan báo chí " + id));
		validate(form, id);
		List<Object> params = new ArrayList<>(Arrays.asList(outletParams(form)));
		params.add(id);
		jdbc.sql("""
				update app.outlet set name = ?, domain = ?, type = ?, other_domains = ?, licence_number = ?, licence_scope = ?,
				       office_address = ?, office_phone = ?, in_province = ? where id = ?""")
			.params(params)
			.update();
		audit.record(admin, "Sửa cơ quan báo chí", AUDIT_SUBJECT, id, form.name().trim());
	}

	List<ReporterRow> reporters(Long outletId) {
		return jdbc.sql(REPORTERS + " where (cast(:outlet as bigint) is null or r.outlet_id = :outlet) order by o.name, r.full_name")
			.param("outlet", outletId)
			.query(ReporterRow.class)
			.list();
	}

	Optional<ReporterRow> reporter(long id) {
		return jdbc.sql(REPORTERS + " where r.id = ?").param(id).query(ReporterRow.class).optional();
	}

	@Transactional
	long addReporter(long outletId, ReporterForm form, String admin) {
		byId(outletId).orElseThrow(() -> new RecordNotFoundException("Không có cơ quan báo chí " + outletId));
		validate(form, null);
		long id = jdbc.sql("""
				insert into app.resident_reporter (outlet_id, full_name, press_card_number, card_valid_to, registered_from,
				                                   registered_to, phone, email, active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(outletId, form.fullName().trim(), Emails.blankToNull(form.pressCardNumber()), date(form.cardValidTo()),
					date(form.registeredFrom()), date(form.registeredTo()), Emails.blankToNull(form.phone()),
					Emails.blankToNull(form.email()), !Boolean.FALSE.equals(form.active()))
			.query(Long.class)
			.single();
		audit.record(admin, "Đăng ký phóng viên thường trú", AUDIT_SUBJECT, outletId, form.fullName().trim());
		return id;
	}

	@Transactional
	void updateReporter(long reporterId, ReporterForm form, String admin) {
		ReporterRow before = reporter(reporterId).orElseThrow(() -> new RecordNotFoundException("Không có phóng viên " + reporterId));
		validate(form, reporterId);
		jdbc.sql("""
				update app.resident_reporter set full_name = ?, press_card_number = ?, card_valid_to = ?, registered_from = ?,
				       registered_to = ?, phone = ?, email = ?, active = ? where id = ?""")
			.params(form.fullName().trim(), Emails.blankToNull(form.pressCardNumber()), date(form.cardValidTo()),
					date(form.registeredFrom()), date(form.registeredTo()), Emails.blankToNull(form.phone()),
					Emails.blankToNull(form.email()), !Boolean.FALSE.equals(form.active()), reporterId)
			.update();
		audit.record(admin, "Sửa phóng viên thường trú", AUDIT_SUBJECT, before.outletId(), form.fullName().trim());
	}

	String exportOutletsCsv() {
		return CsvTable.write(OUTLET_COLUMNS, all().stream()
			.map(o -> Arrays.asList(o.name(), o.domain(), o.type(), o.otherDomains(), o.licenceNumber(), o.licenceScope(),
					o.officeAddress(), o.officePhone(), o.inProvince() ? "1" : "0"))
			.toList());
	}

	String exportReportersCsv() {
		return CsvTable.write(REPORTER_COLUMNS, reporters(null).stream()
			.map(r -> Arrays.asList(r.outletDomain(), r.fullName(), r.pressCardNumber(), CsvTable.day(r.cardValidTo()),
					CsvTable.day(r.registeredFrom()), CsvTable.day(r.registeredTo()), r.phone(), r.email(), r.active() ? "1" : "0"))
			.toList());
	}

	/** Creates or updates outlets by domain; all or nothing. */
	@Transactional
	int importOutletsCsv(String text, String admin) {
		List<Map<String, String>> rows = CsvTable.read(text);
		CsvTable.requireColumns(rows, List.of("name", "domain", "type"));
		List<String> problems = new ArrayList<>();
		int line = 1;
		for (Map<String, String> row : rows) {
			line++;
			var form = new OutletForm(row.get("name"), row.get("domain"), row.get("type"), row.get("other_domains"),
					row.get("licence_number"), row.get("licence_scope"), row.get("office_address"), row.get("office_phone"),
					"1".equals(row.get("in_province")) || "true".equalsIgnoreCase(row.get("in_province")));
			try {
				Optional<Long> existing = idByDomain(row.getOrDefault("domain", "").trim().toLowerCase());
				if (existing.isPresent()) {
					update(existing.get(), form, admin);
				}
				else {
					create(form, admin);
				}
			}
			catch (IllegalArgumentException invalid) {
				problems.add("Dòng " + line + ": " + invalid.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Không nhập tệp: " + String.join(" ", problems));
		}
		return rows.size();
	}

	/** Creates or updates reporters (by press card number, else by outlet and name); all or nothing. */
	@Transactional
	int importReportersCsv(String text, String admin) {
		List<Map<String, String>> rows = CsvTable.read(text);
		CsvTable.requireColumns(rows, List.of("outlet_domain", "full_name"));
		List<String> problems = new ArrayList<>();
		int line = 1;
		for (Map<String, String> row : rows) {
			line++;
			try {
				long outletId = idByDomain(row.get("outlet_domain").toLowerCase())
					.orElseThrow(() -> new IllegalArgumentException("không có cơ quan báo chí có tên miền “" + row.get("outlet_domain") + "”."));
				var form = new ReporterForm(row.get("full_name"), row.get("press_card_number"),
						CsvTable.parseDay(row.get("card_valid_to"), DATE_EXAMPLE),
						CsvTable.parseDay(row.get("registered_from"), DATE_EXAMPLE),
						CsvTable.parseDay(row.get("registered_to"), DATE_EXAMPLE), row.get("phone"), row.get("email"),
						!"0".equals(row.get("active")) && !"false".equalsIgnoreCase(row.get("active")));
				Optional<Long> existing = jdbc.sql("""
						select id from app.resident_reporter
						where (press_card_number is not null and press_card_number = ?) or (outlet_id = ? and full_name = ?)
						order by id limit 1""")
					.params(Emails.blankToNull(form.pressCardNumber()), outletId, form.fullName() == null ? "" : form.fullName().trim())
					.query(Long.class)
					.optional();
				if (existing.isPresent()) {
					updateReporter(existing.get(), form, admin);
				}
				else {
					addReporter(outletId, form, admin);
				}
			}
			catch (IllegalArgumentException invalid) {
				problems.add("Dòng " + line + ": " + invalid.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Không nhập tệp: " + String.join(" ", problems));
		}
		return rows.size();
	}

	private Optional<Long> idByDomain(String domain) {
		return jdbc.sql("select id from app.outlet where domain = ?").param(domain).query(Long.class).optional();
	}

	private void validate(OutletForm form, Long id) {
		var check = new InvalidInput.Check();
		check.require("name", form.name(), "Hãy nhập tên cơ quan báo chí.");
		check.require("domain", form.domain(), "Hãy nhập tên miền chính (ví dụ baolamdong.vn).");
		if (form.domain() != null && !form.domain().isBlank()) {
			String domain = form.domain().trim().toLowerCase();
			check.that(isDomain(domain), "domain", "Tên miền “" + form.domain().trim() + "” không hợp lệ (chỉ tên miền, không có http://).");
			Optional<Long> owner = idByDomain(domain);
			check.that(owner.isEmpty() || owner.get().equals(id), "domain", "Tên miền “" + domain + "” đã thuộc cơ quan báo chí khác.");
		}
		for (String other : Emails.split(form.otherDomains())) {
			check.that(isDomain(other.toLowerCase()), "otherDomains", "Tên miền “" + other + "” không hợp lệ.");
		}
		check.that(form.type() != null && TYPES.contains(form.type()), "type", "Hãy chọn loại hình báo chí.");
		check.throwIfAny();
	}

	private void validate(ReporterForm form, Long id) {
		var check = new InvalidInput.Check();
		check.require("fullName", form.fullName(), "Hãy nhập họ tên phóng viên.");
		check.email("email", form.email());
		String card = Emails.blankToNull(form.pressCardNumber());
		if (card != null) {
			check.that(card.matches("[A-Za-z0-9./-]{3,20}"), "pressCardNumber", "Số thẻ nhà báo chỉ gồm chữ, số và . / - (3–20 ký tự).");
			Optional<Long> holder = jdbc.sql("select id from app.resident_reporter where press_card_number = ?").param(card)
				.query(Long.class).optional();
			check.that(holder.isEmpty() || holder.get().equals(id), "pressCardNumber", "Số thẻ nhà báo “" + card + "” đã được đăng ký cho phóng viên khác.");
		}
		check.that(card != null || form.cardValidTo() == null, "cardValidTo", "Chỉ nhập hạn thẻ khi có số thẻ nhà báo.");
		check.that(form.registeredFrom() == null || form.registeredTo() == null || !form.registeredTo().isBefore(form.registeredFrom()),
				"registeredTo", "Ngày hết hạn đăng ký phải sau ngày bắt đầu.");
		check.throwIfAny();
	}

	private static boolean isDomain(String domain) {
		// a port for the local fixture sites of tests and demos; a path for an outlet inside a bigger site (bbc.com/vietnamese)
		return domain.matches("(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]{1,24}(:\\d{1,5})?(/[a-z0-9._~-]+)*");
	}

	private static Object[] outletParams(OutletForm form) {
		return new Object[] { form.name().trim(), form.domain().trim().toLowerCase(), form.type(),
				String.join(", ", Emails.split(form.otherDomains()).stream().map(String::toLowerCase).toList()),
				Emails.blankToNull(form.licenceNumber()), Emails.blankToNull(form.licenceScope()),
				Emails.blankToNull(form.officeAddress()), Emails.blankToNull(form.officePhone()),
				Boolean.TRUE.equals(form.inProvince()) };
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static final String OUTLETS = """
			select o.id, o.name, o.domain, o.type, o.other_domains, o.licence_number, o.licence_scope, o.office_address,
			       o.office_phone, o.in_province,
			       (select count(*) from app.resident_reporter r where r.outlet_id = o.id and r.active) as reporters
			from app.outlet o""";

	private static final String REPORTERS = """
			select r.id, r.outlet_id, o.name as outlet_name, o.domain as outlet_domain, r.full_name, r.press_card_number,
			       r.card_valid_to, r.registered_from, r.registered_to, r.phone, r.email, r.active
			from app.resident_reporter r join app.outlet o on o.id = r.outlet_id""";
}
