package vn.diembao.bulletin;

import java.time.Instant;
import java.time.LocalDate;

/** One edition (or a correcting revision of it) as stored; items are read separately. */
record Bulletin(long id, BulletinKind kind, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
		BulletinStatus status, int numberYear, Integer number, int revision, Long previousId, String correctionNote,
		String editorNote, String reviewComment, String approvedBy, Instant publishedAt) {

	public boolean isPublished() {
		return status == BulletinStatus.PUBLISHED;
	}

	public boolean isEditable() {
		return status == BulletinStatus.DRAFT;
	}

	/** “Số 05/2026”, zero-padded as the department writes it; drafts have no number yet. */
	public String numberLabel() {
		if (number == null) {
			return "Dự thảo";
		}
		String label = "Số %02d/%d".formatted(number, numberYear);
		return revision > 1 ? label + " (đính chính lần " + (revision - 1) + ")" : label;
	}
}
