package vn.diembao.fakenews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException(long id) {
		super("Không tìm thấy phản ánh " + id);
	}
}
