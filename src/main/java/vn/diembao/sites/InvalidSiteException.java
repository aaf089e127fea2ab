package vn.diembao.sites;

/** A site (or import row) the registry refuses, with a message an officer can read. */
class InvalidSiteException extends RuntimeException {

	InvalidSiteException(String message) {
		super(message);
	}
}
