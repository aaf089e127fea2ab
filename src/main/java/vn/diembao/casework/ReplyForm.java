package vn.diembao.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An agency's reply: the answer, and the official document (công văn) that carries it. */
public record ReplyForm(
		@NotBlank(message = "Hãy nhập nội dung phản hồi") @Size(max = 20000, message = "Nội dung phản hồi quá dài") String text,
		@Size(max = 100, message = "Số văn bản quá dài") String documentNumber,
		@PastOrPresent(message = "Ngày văn bản không thể ở tương lai") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate) {
}
