package vn.diembao.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.bulletin.BulletinKind;
import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/**
 * Rows written straight into the other modules' tables, as their own code would leave them after a month of work:
 * outlets, classified articles, published bulletins, cases and requests with their dates. The report reads them back
 * only through the modules' public APIs. Each test uses months no other test touches.
 */
class ReportFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private final JdbcClient jdbc;

	ReportFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Timestamp at(LocalDateTime vietnamTime) {
		return Timestamp.from(vietnamTime.atZone(ReportFigureSource.VIETNAM).toInstant());
	}

	static Timestamp at(LocalDate day) {
		return at(day.atTime(LocalTime.of(9, 30)));
	}

	long outlet(String name, boolean inProvince) {
		String domain = "bc" + SEQUENCE.incrementAndGet() + ".test";
		return jdbc.sql("insert into app.outlet (name, domain, in_province) values (?, ?, ?) returning id")
			.params(name, domain, inProvince)
			.query(Long.class)
			.single();
	}

	long article(long outletId, String outletName, LocalDateTime published, String title, Tone tone, boolean relevant,
			boolean needsResponse, String places) {
		long n = SEQUENCE.incrementAndGet();
		String url = "https://bao-cao-" + n + ".test/bai";
		Timestamp when = at(published);
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, ?, ?, ?, ?, 'test') returning id""")
			.params(outletId, url, title, title, title, when, "r" + n)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, places, reasons, model_version, title, lead, url, outlet_name, published_at)
				values (?, 'LDO', ?, 1.0, ?, ?, ?, ?, 'thử nghiệm', 'test', ?, ?, ?, ?, ?)""")
			.params(id, relevant, tone.name(), Topic.LOCAL_NEWS.name(), needsResponse, places, title, title, url,
					outletName, when)
			.update();
		return id;
	}

	/** A published first revision; {@code number} must be unique for the kind and year. */
	void bulletin(BulletinKind kind, LocalDate issueDate, int number) {
		jdbc.sql("""
				insert into app.bulletin (kind, issue_date, period_start, period_end, status, number_year, number,
				                          published_at)
				values (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)""")
			.params(kind.name(), Date.valueOf(issueDate), Date.valueOf(issueDate), Date.valueOf(issueDate),
					issueDate.getYear(), number, at(issueDate))
			.update();
	}

	long agency(String name) {
		return jdbc.sql("insert into app.agency (code, name, kind) values (?, ?, 'OTHER') returning id")
			.params("bc-" + SEQUENCE.incrementAndGet(), name)
			.query(Long.class)
			.single();
	}

	/** A case opened on {@code openedOn}, closed once every request is accepted ({@code closedOn}, may be null). */
	long pressCase(String title, LocalDate openedOn, LocalDate closedOn) {
		return jdbc.sql("""
				insert into app.press_case (article_title, issue, deadline, opened_by, opened_at, status, closed_at)
				values (?, 'Đề nghị xác minh, phản hồi', ?, 'canbo', ?, ?, ?) returning id""")
			.params(title, Date.valueOf(openedOn.plusDays(14)), at(openedOn), closedOn == null ? "OPEN" : "CLOSED",
					closedOn == null ? null : at(closedOn.atTime(17, 0)))
			.query(Long.class)
			.single();
	}

	/** A request to one agency: replied on {@code repliedOn} and accepted on {@code acceptedOn}, either may be null. */
	void request(long caseId, long agencyId, LocalDate repliedOn, LocalDate acceptedOn) {
		String status = acceptedOn != null ? "ACCEPTED" : repliedOn != null ? "REPLIED" : "PENDING";
		jdbc.sql("""
				insert into app.assignment (case_id, agency_id, status, deadline, replied_at, accepted_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(caseId, agencyId, status, Date.valueOf(LocalDate.of(2000, 1, 1)),
					repliedOn == null ? null : at(repliedOn.atTime(10, 0)),
					acceptedOn == null ? null : at(acceptedOn.atTime(15, 0)))
			.update();
	}
}
