package vn.diembao.fakenews;

/** The fact-check labels as the Vietnam Anti-Fake News Center uses them. */
public enum Verdict {
	FAKE("Tin giả", "False"), FALSE("Tin sai sự thật", "Misleading"), TRUE("Tin xác thực", "True"),
	UNVERIFIED("Chưa đủ căn cứ kết luận", "Unproven");

	private final String label;
	private final String claimReviewRating;

	Verdict(String label, String claimReviewRating) {
		this.label = label;
		this.claimReviewRating = claimReviewRating;
	}

	public String label() {
		return label;
	}

	/** The alternateName of the schema.org ClaimReview rating. */
	public String claimReviewRating() {
		return claimReviewRating;
	}
}
