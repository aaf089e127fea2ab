package vn.diembao.triage;

/** What an officer can do to one or many items at once; TONE and TOPIC take a value. */
enum TriageAction {
	CONFIRM("xác nhận"), DISMISS("bỏ qua"), NOT_RELEVANT("chuyển sang không liên quan"), TONE("đổi sắc thái"),
	TOPIC("đổi chủ đề"), NEEDS_RESPONSE("đánh dấu cần phản hồi"), NOT_NEEDS_RESPONSE("bỏ đánh dấu cần phản hồi"),
	BULLETIN("đưa vào điểm báo hôm nay");

	private final String label;

	TriageAction(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
