package vn.diembao.ingest;

/** No source has this id. */
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(long id) {
		super("Không có nguồn số " + id);
	}
}
