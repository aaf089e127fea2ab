package vn.diembao.triage;

import java.time.Instant;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/** One row of the officer's inbox. */
record InboxItem(long articleId, String title, String lead, String url, String outletName, Instant publishedAt,
		boolean relevant, String tone, String topic, boolean needsResponse, String places, String reasons, String status,
		Long caseId, int version) {

	public String toneLabel() {
		return Tone.valueOf(tone).label();
	}

	public String topicLabel() {
		return Topic.valueOf(topic).label();
	}

	public boolean isNew() {
		return "NEW".equals(status);
	}
}
