package vn.diembao.fakenews;

import java.time.Instant;
import java.time.LocalDate;

/** A report as the fact-check desk and, once published, the public see it. */
public record FakeNewsReport(long id, String trackingCode, String claim, String platform, String url, LocalDate seenOn,
		String channel, String status, String screeningReason, Long verificationCaseId, String verdict, String conclusion,
		String sources, String verifyingAgency, String proposedBy, String approvedBy, String leaderComment,
		Instant publishedAt, String policeReferralNumber, LocalDate policeReferralDate, String processInstanceId,
		Instant createdAt) {

	public String statusLabel() {
		return switch (status) {
			case "SCREENED_OUT" -> "Không xử lý (ngoài phạm vi, trùng lặp hoặc spam)";
			case "VERIFYING" -> "Đang xác minh";
			case "PROPOSED" -> "Đang xem xét kết luận";
			case "APPROVED", "PUBLISHED" -> "Đã có kết luận";
			default -> "Đã tiếp nhận";
		};
	}

	public String verdictLabel() {
		return verdict == null ? null : Verdict.valueOf(verdict).label();
	}
}
