package vn.diembao.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;

/** An edition's life: created for a day, filled, reviewed, published with its number, corrected by a new revision. */
@Service
class Bulletins {

	static final String AUDIT_SUBJECT = "bulletin";
	static final String SYSTEM = "hệ thống";

	private final BulletinRecords records;
	private final BulletinPeriods periods;
	private final BulletinNumbering numbering;
	private final DraftBuilder builder;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Bulletins(BulletinRecords records, BulletinPeriods periods, BulletinNumbering numbering, DraftBuilder builder,
			AuditLog audit, ApplicationEventPublisher events) {
		this.records = records;
		this.periods = periods;
		this.numbering = numbering;
		this.builder = builder;
		this.audit = audit;
		this.events = events;
	}

	Bulletin get(long id) {
		return records.find(id).orElseThrow(() -> new BulletinNotFoundException(id));
	}

	java.util.Map<BulletinKind, Long> issuedBetween(LocalDate from, LocalDate to) {
		return records.issuedBetween(from, to);
	}

	/** The editions due on {@code day} that did not exist yet. */
	@Transactional
	List<Long> createDue(LocalDate day) {
		List<Long> created = new ArrayList<>();
		for (BulletinKind kind : periods.dueOn(day)) {
			create(kind, day).ifPresent(created::add);
		}
		return created;
	}

	@Transactional
	Optional<Long> create(BulletinKind kind, LocalDate issueDate) {
		Optional<Long> id = records.create(kind, issueDate, periods.of(kind, issueDate));
		id.ifPresent(created -> audit.record(SYSTEM, "Lập bản tin", AUDIT_SUBJECT, created, kind.name() + " " + issueDate));
		return id;
	}

	@Transactional
	void build(long id) {
		builder.fill(get(id));
	}

	@Transactional
	void submit(long id, String officer) {
		move(id, BulletinStatus.DRAFT, BulletinStatus.IN_REVIEW, null, officer, "Trình duyệt");
	}

	@Transactional
	void returnForChanges(long id, String comment, String leader) {
		move(id, BulletinStatus.IN_REVIEW, BulletinStatus.DRAFT, comment, leader, "Trả lại để biên tập");
	}

	@Transactional
	void approve(long id, String leader) {
		Bulletin bulletin = get(id);
		if (bulletin.status() != BulletinStatus.IN_REVIEW) {
			throw new IllegalStateException("Bản tin không ở trạng thái chờ duyệt");
		}
		records.approve(id, leader, now());
		audit.record(leader, "Duyệt bản tin", AUDIT_SUBJECT, id, null);
	}

	/**
	 * Numbers and publishes the edition; a correction keeps the number of the edition it corrects. Idempotent: a
	 * second call (a retried job) finds it published under the row lock and does nothing.
	 */
	@Transactional
	Bulletin publish(long id) {
		Bulletin bulletin = records.lock(id).orElseThrow(() -> new BulletinNotFoundException(id));
		if (bulletin.isPublished()) {
			return bulletin;
		}
		int number = bulletin.number() != null ? bulletin.number() : numbering.next(bulletin.kind(), bulletin.numberYear());
		records.markPublished(id, number, now());
		Bulletin published = get(id);
		audit.record(SYSTEM, "Phát hành bản tin", AUDIT_SUBJECT, id, published.numberLabel());
		events.publishEvent(new BulletinPublished(id, published.kind(), published.numberYear(), number,
				published.revision(), published.issueDate()));
		return published;
	}

	/** A published edition is never edited: the correction is a new revision, in draft, with the reason given. */
	@Transactional
	long correct(long id, String note, String officer) {
		Bulletin published = records.lock(id).orElseThrow(() -> new BulletinNotFoundException(id));
		if (!published.isPublished()) {
			throw new IllegalStateException("Chỉ đính chính bản tin đã phát hành");
		}
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("Cần ghi rõ nội dung đính chính");
		}
		if (!records.latestRevisionOf(published).orElseThrow().equals(id)) {
			throw new IllegalStateException("Bản tin này đã có bản đính chính");
		}
		long revision = records.createRevision(published, note.strip());
		audit.record(officer, "Đính chính bản tin", AUDIT_SUBJECT, revision, "Đính chính " + published.numberLabel() + ": " + note.strip());
		return revision;
	}

	private void move(long id, BulletinStatus from, BulletinStatus to, String comment, String actor, String action) {
		if (!records.changeStatus(id, from, to, comment)) {
			throw new IllegalStateException("Bản tin không còn ở trạng thái “" + from.label() + "”");
		}
		audit.record(actor, action, AUDIT_SUBJECT, id, comment);
	}

	/** The engine's clock, so tests that move it see bulletins published “then”. */
	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}
}
