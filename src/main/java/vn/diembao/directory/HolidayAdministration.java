package vn.diembao.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;

/** Administrators keep the year's holidays as the Ministry of Home Affairs announces them. */
@Service
class HolidayAdministration {

	private final JdbcClient jdbc;
	private final WorkingCalendar calendar;
	private final AuditLog audit;

	HolidayAdministration(JdbcClient jdbc, WorkingCalendar calendar, AuditLog audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
	}

	List<Holiday> ofYear(int year) {
		return jdbc.sql("select day, name, kind from app.holiday where extract(year from day) = ? order by day")
			.param(year)
			.query(Holiday.class)
			.list();
	}

	@Transactional
	void save(LocalDate day, String name, String kind, String admin) {
		if (day == null || name == null || name.isBlank()) {
			throw new IllegalArgumentException("Hãy nhập ngày và tên ngày nghỉ");
		}
		if (!kind.equals("DAY_OFF") && !kind.equals("WORKING_DAY")) {
			throw new IllegalArgumentException("Loại ngày không hợp lệ");
		}
		jdbc.sql("""
				insert into app.holiday (day, name, kind) values (?, ?, ?)
				on conflict (day) do update set name = excluded.name, kind = excluded.kind""")
			.params(Date.valueOf(day), name.trim(), kind)
			.update();
		calendar.refresh();
		audit.record(admin, "Cập nhật ngày nghỉ", "HOLIDAY", day, name.trim() + " (" + kind + ")");
	}

	@Transactional
	void delete(LocalDate day, String admin) {
		if (jdbc.sql("delete from app.holiday where day = ?").param(Date.valueOf(day)).update() == 1) {
			calendar.refresh();
			audit.record(admin, "Xóa ngày nghỉ", "HOLIDAY", day, null);
		}
	}
}
