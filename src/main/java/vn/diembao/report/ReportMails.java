package vn.diembao.report;

import java.time.format.DateTimeFormatter;

/** Formats shared by the report module's e-mails. */
final class ReportMails {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ReportMails() {
	}
}
