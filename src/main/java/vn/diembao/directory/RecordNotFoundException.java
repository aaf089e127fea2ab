package vn.diembao.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No user, agency, outlet, reporter or gazetteer name has this id: 404 for a page, and still an
 * IllegalArgumentException for the forms that show the message next to the list they came from.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RecordNotFoundException extends IllegalArgumentException {

	RecordNotFoundException(String message) {
		super(message);
	}
}
