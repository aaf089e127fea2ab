package vn.diembao.ingest;

/** A page was fetched but holds no readable article: a layout change, a non-article page, or an empty document. */
class ExtractionException extends FetchException {

	ExtractionException(String message) {
		super(message);
	}
}
