package vn.diembao.directory;

/** The roles of design §1; the Spring authority is {@code ROLE_<name>}. */
public enum Role {
	OFFICER, LEADER, AGENCY, FACTCHECK, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
