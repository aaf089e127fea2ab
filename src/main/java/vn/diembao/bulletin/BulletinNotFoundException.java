package vn.diembao.bulletin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class BulletinNotFoundException extends RuntimeException {

	BulletinNotFoundException(long id) {
		super("Không có bản tin " + id);
	}
}
