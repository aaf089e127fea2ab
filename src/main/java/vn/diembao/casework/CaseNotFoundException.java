package vn.diembao.casework;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not found — also what an agency gets for another agency's case, so it cannot learn that the case exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(String message) {
		super(message);
	}
}
