package vn.diembao.fakenews;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.diembao.shared.text.VietnameseText;

@Repository
class FakeNewsRecords {

	private static final String SELECT = """
			select id, tracking_code, claim, platform, url, seen_on, channel, status, screening_reason, verification_case_id,
			       verdict, conclusion, sources, verifying_agency, proposed_by, approved_by, leader_comment, published_at,
			       police_referral_number, police_referral_date, process_instance_id, created_at
			from app.fake_news_report
			""";

	record StoredFile(long id, long reportId, String fileName, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	FakeNewsRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String trackingCode, ReportForm form, String channel, String createdBy) {
		return jdbc.sql("""
				insert into app.fake_news_report (tracking_code, claim, claim_key, platform, url, seen_on, channel, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(trackingCode, VietnameseText.nfc(form.claim().trim()), VietnameseText.fold(form.claim()), form.platform(),
					blankToNull(form.url()),
					form.seenOn() == null ? null : Date.valueOf(form.seenOn()), channel, createdBy)
			.query(Long.class)
			.single();
	}

	void addReporter(long reportId, String contact) {
		jdbc.sql("insert into app.fake_news_reporter (report_id, contact, consent_at) values (?, ?, now())")
			.params(reportId, contact.trim())
			.update();
	}

	void addFile(long reportId, CheckedImage file) {
		jdbc.sql("insert into app.fake_news_file (report_id, file_name, content_type, sha256, content) values (?, ?, ?, ?, ?)")
			.params(reportId, file.fileName(), file.contentType(), file.sha256(), file.content())
			.update();
	}

	List<StoredFile> files(long reportId) {
		return jdbc.sql("select id, report_id, file_name, content_type, content from app.fake_news_file where report_id = ? order by id")
			.param(reportId)
			.query(StoredFile.class)
			.list();
	}

	Optional<StoredFile> file(long fileId) {
		return jdbc.sql("select id, report_id, file_name, content_type, content from app.fake_news_file where id = ?")
			.param(fileId)
			.query(StoredFile.class)
			.optional();
	}

	List<String> reporterContacts(long reportId) {
		return jdbc.sql("select contact from app.fake_news_reporter where report_id = ? order by id").param(reportId)
			.query(String.class).list();
	}

	void setProcessInstance(long id, String processInstanceId) {
		jdbc.sql("update app.fake_news_report set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
	}

	Optional<FakeNewsReport> find(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(FakeNewsReport.class).optional();
	}

	Optional<FakeNewsReport> byTrackingCode(String code) {
		return jdbc.sql(SELECT + "where tracking_code = ?").param(code.trim().toUpperCase()).query(FakeNewsReport.class).optional();
	}

	Optional<FakeNewsReport> byVerificationCase(long caseId) {
		return jdbc.sql(SELECT + "where verification_case_id = ?").param(caseId).query(FakeNewsReport.class).optional();
	}

	/** An open report about the same URL, or with the same claim once diacritics, case and punctuation are ignored. */
	Optional<FakeNewsReport> openDuplicate(String url, String claim) {
		String folded = VietnameseText.fold(claim);
		return jdbc.sql(SELECT + """
				where status in ('RECEIVED', 'VERIFYING', 'PROPOSED') and duplicate_of is null
				  and ((cast(:url as text) is not null and url = :url) or claim_key = :folded)
				order by id limit 1""")
			.param("url", blankToNull(url))
			.param("folded", folded)
			.query(FakeNewsReport.class)
			.optional();
	}

	List<FakeNewsReport> desk() {
		return jdbc.sql(SELECT + "order by case when status in ('PUBLISHED', 'SCREENED_OUT') then 1 else 0 end, created_at desc limit 300")
			.query(FakeNewsReport.class).list();
	}

	List<FakeNewsReport> published() {
		return jdbc.sql(SELECT + "where status = 'PUBLISHED' order by published_at desc").query(FakeNewsReport.class).list();
	}

	void screenOut(long id, String reason) {
		jdbc.sql("update app.fake_news_report set status = 'SCREENED_OUT', screening_reason = ?, concluded_at = now() where id = ?")
			.params(reason.trim(), id).update();
	}

	void startVerification(long id, Long caseId) {
		jdbc.sql("update app.fake_news_report set status = 'VERIFYING', verification_case_id = ? where id = ?").params(caseId, id).update();
	}

	void propose(long id, Verdict verdict, String conclusion, String sources, String agency, String by) {
		jdbc.sql("""
				update app.fake_news_report set status = 'PROPOSED', verdict = ?, conclusion = ?, sources = ?, verifying_agency = ?,
				       proposed_by = ?, leader_comment = null where id = ?""")
			.params(verdict.name(), conclusion.trim(), blankToNull(sources), blankToNull(agency), by, id).update();
	}

	void leaderDecision(long id, boolean approved, String comment, String leader) {
		jdbc.sql("update app.fake_news_report set status = ?, approved_by = ?, leader_comment = ? where id = ?")
			.params(approved ? "APPROVED" : "PROPOSED", approved ? leader : null, blankToNull(comment), id).update();
	}

	void publish(long id) {
		jdbc.sql("update app.fake_news_report set status = 'PUBLISHED', published_at = now(), concluded_at = now() where id = ?")
			.param(id).update();
	}

	void recordPoliceReferral(long id, String number, java.time.LocalDate date) {
		jdbc.sql("update app.fake_news_report set police_referral_number = ?, police_referral_date = ? where id = ?")
			.params(number.trim(), date == null ? null : Date.valueOf(date), id).update();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
