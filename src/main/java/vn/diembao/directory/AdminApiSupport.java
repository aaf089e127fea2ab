package vn.diembao.directory;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the administration API as RFC 9457 problems in Vietnamese: a form mistake is 400 with one message per
 * field under {@code errors}; a refused action (the last administrator, a merged agency) is 409.
 */
@RestControllerAdvice(assignableTypes = { AdminApiController.class, OutletAdminApiController.class })
class AdminApiSupport {

	/** Ids of created resources. */
	record Created(long id) {
	}

	record Counted(int count) {
	}

	static ResponseEntity<Created> created(String path, long id) {
		return ResponseEntity.created(URI.create(path + "/" + id)).body(new Created(id));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Dữ liệu chưa hợp lệ.");
		problem.setTitle("Dữ liệu chưa hợp lệ");
		problem.setProperty("errors", e.fields());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Không thực hiện được");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missing(java.util.NoSuchElementException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy."));
	}
}
