package vn.diembao.casework;

/** How pressing an answer is; the working days it allows come from {@code bpmn/case-sla.dmn}. */
public enum Severity {
	URGENT("Khẩn"), NORMAL("Thông thường"), LOW("Theo dõi");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
