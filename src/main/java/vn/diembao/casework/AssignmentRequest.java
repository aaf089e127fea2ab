package vn.diembao.casework;

import java.time.LocalDate;

/** An agency asks for more time (with a proposed date) or proposes that another agency answers. */
public record AssignmentRequest(Kind kind, String reason, LocalDate proposedDeadline, Long proposedAgencyId) {

	public enum Kind {
		EXTENSION, REASSIGNMENT
	}

	public AssignmentRequest {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Hãy nêu lý do đề nghị");
		}
		if (kind == Kind.EXTENSION && proposedDeadline == null) {
			throw new IllegalArgumentException("Hãy chọn thời hạn đề nghị gia hạn");
		}
		if (kind == Kind.REASSIGNMENT && proposedAgencyId == null) {
			throw new IllegalArgumentException("Hãy chọn cơ quan đề xuất chuyển đến");
		}
	}
}
