package vn.diembao.ingest;

/** Told how far a poll has come, so “Thu thập ngay” can show progress while it runs. */
interface PollProgress {

	PollProgress NONE = new PollProgress() {
	};

	/** The feed was read; this many of its items now wait to be fetched. */
	default void itemsPending(int count) {
	}

	/** The poller starts on item {@code number} (from 1) of {@code count}. */
	default void itemStarted(int number, int count) {
	}
}
