package vn.diembao.ingest;

/** The outcome of one poll of one source. */
public record PollResult(long sourceId, int itemsSeen, int newArticles, int failedItems, String error) {

	public boolean succeeded() {
		return error == null;
	}
}
