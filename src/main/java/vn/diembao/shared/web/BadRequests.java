package vn.diembao.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Uploads that are too large, or not uploads at all, get 413/400 and a sentence rather than a 500 page. */
@ControllerAdvice
class BadRequests {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"Tệp gửi lên quá lớn (tối đa 20 MB một tệp, 25 MB một lần gửi).");
		problem.setTitle("Tệp quá lớn");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Yêu cầu phải gửi kèm tệp (multipart/form-data).");
		problem.setTitle("Yêu cầu không hợp lệ");
		return ResponseEntity.badRequest().body(problem);
	}
}
