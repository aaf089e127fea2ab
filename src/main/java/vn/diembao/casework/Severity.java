package vn.diembao.casework;

public enum Severity {
	URGENT("Khẩn", 5), NORMAL("Thông thường", 10);

	private final String label;
	private final int workingDays;

	Severity(String label, int workingDays) {
		this.label = label;
		this.workingDays = workingDays;
	}

	public String label() {
		return label;
	}

	/** Default answer time in working days (design §5: default 10). */
	public int workingDays() {
		return workingDays;
	}
}
