package vn.diembao.fakenews;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a citizen reports: what was seen, where, when, and optionally how to reach them — stored only with consent.
 * {@code website} is a honeypot: people leave it empty, bots fill it in.
 */
public record ReportForm(
		@NotBlank(message = "Hãy mô tả nội dung nghi là tin giả") @Size(max = 5000, message = "Nội dung quá dài (tối đa 5.000 ký tự)") String claim,
		@NotBlank(message = "Hãy chọn nơi bạn thấy thông tin") String platform,
		@Size(max = 1000, message = "Đường dẫn quá dài") String url,
		@PastOrPresent(message = "Ngày thấy thông tin không thể ở tương lai") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate seenOn,
		@Size(max = 200, message = "Thông tin liên hệ quá dài") String contact,
		Boolean consent, String website) {

	@AssertTrue(message = "Để lưu thông tin liên hệ, bạn cần đồng ý cho cơ quan sử dụng để phản hồi kết quả")
	public boolean isContactConsented() {
		return contact == null || contact.isBlank() || consented();
	}

	@AssertTrue(message = "Đường dẫn phải bắt đầu bằng http:// hoặc https://")
	public boolean isUrlValid() {
		return url == null || url.isBlank() || url.trim().matches("(?i)https?://\\S+");
	}

	/** The consent box, unticked when the browser sends nothing for it. */
	public boolean consented() {
		return Boolean.TRUE.equals(consent);
	}

	static ReportForm blank() {
		return new ReportForm("", "", "", null, "", false, "");
	}
}
