package vn.diembao.fakenews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class TooManyReportsException extends RuntimeException {

	TooManyReportsException() {
		super("Bạn đã gửi nhiều phản ánh trong một giờ qua. Vui lòng thử lại sau hoặc gọi đường dây nóng của Sở.");
	}
}
