package vn.diembao.triage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ArticleNotInInboxException extends RuntimeException {

	ArticleNotInInboxException(long articleId) {
		super("Không có tin bài " + articleId + " trong hộp tiếp nhận");
	}
}
