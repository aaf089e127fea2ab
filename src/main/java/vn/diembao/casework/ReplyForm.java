package vn.diembao.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An agency's reply: the answer and the official document (công văn) that carries it. The submission token makes a
 * double submit harmless; the draft version detects two people editing the same draft.
 */
public record ReplyForm(
		@NotBlank(message = "Hãy nhập nội dung phản hồi") @Size(max = 20000, message = "Nội dung phản hồi quá dài") String text,
		@Size(max = 100, message = "Số văn bản quá dài") String documentNumber,
		@PastOrPresent(message = "Ngày văn bản không thể ở tương lai") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
		@Size(max = 64) String submissionToken, Integer draftVersion) {

	public static ReplyForm blank(String submissionToken) {
		return new ReplyForm("", "", null, submissionToken, 0);
	}

	ReplyForm withToken(String token) {
		return new ReplyForm(text, documentNumber, documentDate, token, draftVersion);
	}
}
