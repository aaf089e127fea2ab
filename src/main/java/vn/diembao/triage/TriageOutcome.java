package vn.diembao.triage;

import java.util.List;

/** How a (bulk) decision went: how many items changed, and which ones someone else had changed first. */
record TriageOutcome(TriageAction action, int changed, List<String> conflicts) {

	String message() {
		return "Đã " + action.label() + " " + changed + " tin, bài.";
	}

	String conflictMessage() {
		return conflicts.isEmpty() ? null
				: conflicts.size() + " tin, bài vừa được người khác thay đổi nên chưa được " + action.label() + ": "
						+ String.join("; ", conflicts) + ". Danh sách đã được tải lại — hãy xem và thao tác lại.";
	}
}
