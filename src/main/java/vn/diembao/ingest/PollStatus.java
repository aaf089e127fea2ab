package vn.diembao.ingest;

/**
 * Where a manual “Thu thập ngay” stands: {@code done} of {@code total} items fetched while {@code running}; at the
 * end {@code message} tells the outcome and {@code failed} whether the source itself could not be read.
 */
public record PollStatus(long sourceId, boolean running, int done, int total, String message, boolean failed) {

	static PollStatus started(long sourceId) {
		return new PollStatus(sourceId, true, 0, 0, "Đang đọc nguồn…", false);
	}

	static PollStatus finished(PollResult result) {
		if (!result.succeeded()) {
			return new PollStatus(result.sourceId(), false, 0, 0, "Thu thập lỗi: " + result.error(), true);
		}
		int total = result.newArticles() + result.failedItems();
		return new PollStatus(result.sourceId(), false, total, total, "Đã thu thập: " + result.itemsSeen()
				+ " mục mới trong nguồn, " + result.newArticles() + " bài mới, " + result.failedItems() + " bài lỗi.", false);
	}

	/** Progress in percent, for the progress bar. */
	public int percent() {
		return total == 0 ? (running ? 0 : 100) : Math.min(100, done * 100 / total);
	}
}
