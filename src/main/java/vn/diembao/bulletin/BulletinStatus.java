package vn.diembao.bulletin;

/** DRAFT (officer curates) → IN_REVIEW (leader) → APPROVED → PUBLISHED (numbered, immutable). */
public enum BulletinStatus {
	DRAFT("Dự thảo"), IN_REVIEW("Chờ duyệt"), APPROVED("Đã duyệt"), PUBLISHED("Đã phát hành");

	private final String label;

	BulletinStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
