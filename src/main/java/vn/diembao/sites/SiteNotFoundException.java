package vn.diembao.sites;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SiteNotFoundException extends RuntimeException {

	SiteNotFoundException(long id) {
		super("Không có trang thông tin điện tử số " + id);
	}
}
