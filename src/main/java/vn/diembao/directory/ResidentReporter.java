package vn.diembao.directory;

import java.time.LocalDate;

/**
 * A reporter an outlet registered to work in the province (phóng viên thường trú), with what an agency checks before
 * an interview: the press card and the outlet's licence scope (“tôn chỉ, mục đích”).
 */
public record ResidentReporter(long id, String fullName, String outletName, String outletDomain, String pressCardNumber,
		LocalDate cardValidTo, LocalDate registeredFrom, LocalDate registeredTo, String licenceNumber,
		String licenceScope, String officeAddress, String officePhone, boolean active) {

	/** Whether the press card is valid on that day (a card without an expiry date counts as valid). */
	public boolean hasValidCardOn(LocalDate day) {
		return pressCardNumber != null && (cardValidTo == null || !cardValidTo.isBefore(day));
	}

	/** Whether the registration with the province covers that day. */
	public boolean registeredOn(LocalDate day) {
		return active && (registeredFrom == null || !registeredFrom.isAfter(day))
				&& (registeredTo == null || !registeredTo.isBefore(day));
	}
}
