package vn.diembao.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.diembao.casework.CaseNotifier.Message;

/** The wording of case notifications (Vietnamese, as agencies and officers read them). */
final class CaseMessages {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CaseMessages() {
	}

	static Message requested(long caseId, String title, String issue, LocalDate deadline) {
		return new Message("Đề nghị xác minh, phản hồi: " + title,
				"Sở đề nghị cơ quan xác minh và phản hồi thông tin báo chí nêu:\n\n" + title + "\n\nNội dung cần xác minh: "
						+ issue + "\n\nThời hạn phản hồi: " + DATE.format(deadline) + ".",
				"/viec-can-xu-ly?hoSo=" + caseId);
	}

	static Message reminder(long caseId, String title, LocalDate deadline) {
		return new Message("Sắp đến hạn phản hồi: " + title,
				"Đề nghị xác minh, phản hồi về \"" + title + "\" sẽ đến hạn ngày " + DATE.format(deadline)
						+ ". Đề nghị cơ quan gửi phản hồi đúng hạn hoặc đề nghị gia hạn.",
				"/viec-can-xu-ly?hoSo=" + caseId);
	}

	static Message overdueToAgency(long caseId, String title, LocalDate deadline) {
		return new Message("Quá hạn phản hồi: " + title,
				"Đề nghị xác minh, phản hồi về \"" + title + "\" đã quá hạn (hạn " + DATE.format(deadline)
						+ "). Đề nghị cơ quan khẩn trương phản hồi.",
				"/viec-can-xu-ly?hoSo=" + caseId);
	}

	static Message overdueToDepartment(long caseId, String title, String agencyName, LocalDate deadline) {
		return new Message(agencyName + " quá hạn phản hồi: " + title,
				agencyName + " chưa phản hồi \"" + title + "\" (hạn " + DATE.format(deadline) + ").", "/ho-so/" + caseId);
	}

	static Message replied(long caseId, String title, String agencyName) {
		return new Message(agencyName + " đã phản hồi: " + title,
				agencyName + " đã gửi phản hồi về \"" + title + "\". Đề nghị thẩm định.", "/ho-so/" + caseId);
	}

	static Message returned(long caseId, String title, String comment) {
		return new Message("Phản hồi bị trả lại: " + title,
				"Sở đề nghị cơ quan bổ sung phản hồi về \"" + title + "\": " + comment, "/viec-can-xu-ly?hoSo=" + caseId);
	}

	static Message requestSubmitted(long caseId, String title, String agencyName, String what) {
		return new Message(agencyName + " " + what + ": " + title, agencyName + " " + what + " đối với \"" + title
				+ "\". Đề nghị xem xét.", "/ho-so/" + caseId);
	}

	static Message extensionDecided(long caseId, String title, boolean approved, LocalDate deadline) {
		return new Message((approved ? "Đồng ý gia hạn: " : "Không đồng ý gia hạn: ") + title,
				(approved ? "Sở đồng ý gia hạn phản hồi về \"" + title + "\" đến ngày " : "Sở không đồng ý gia hạn; thời hạn phản hồi về \""
						+ title + "\" vẫn là ngày ") + DATE.format(deadline) + ".",
				"/viec-can-xu-ly?hoSo=" + caseId);
	}
}
