package vn.diembao.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No source has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(long id) {
		super("Không có nguồn số " + id);
	}
}
