package vn.diembao.ingest;

/** A fetch that failed for a reason an officer can read (Vietnamese message). */
public class FetchException extends RuntimeException {

	public FetchException(String message) {
		super(message);
	}

	public FetchException(String message, Throwable cause) {
		super(message, cause);
	}
}
