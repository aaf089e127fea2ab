package vn.diembao.triage;

import java.time.Instant;
import java.time.LocalDate;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/** One row of the officer's inbox: the classifier's decision as the officer left it. */
record InboxItem(long articleId, String title, String lead, String url, String outletName, Instant publishedAt,
		boolean relevant, String tone, String topic, boolean needsResponse, String places, String reasons, String status,
		Long caseId, int version, String storyKey, LocalDate bulletinDate) {

	static final String COLUMNS = """
			article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic, needs_response, places,
			reasons, status, case_id, version, story_key, bulletin_date""";

	public String toneLabel() {
		return Tone.valueOf(tone).label();
	}

	public String topicLabel() {
		return Topic.valueOf(topic).label();
	}

	public boolean isNew() {
		return "NEW".equals(status);
	}

	public String statusLabel() {
		return switch (status) {
			case "NEW" -> "Mới";
			case "TRIAGED" -> "Đã xác nhận";
			case "IN_CASE" -> "Đã mở hồ sơ";
			default -> "Đã bỏ qua";
		};
	}

	/** “id:version”, what a bulk form posts so every change is checked against what the officer saw. */
	public String ref() {
		return articleId + ":" + version;
	}
}
