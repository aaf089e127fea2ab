package vn.diembao.directory;

/** An agency (sở, ngành, UBND xã/phường) as other modules see it. */
public record AgencyRef(long id, String code, String name, String email) {

	/** The Camunda candidate group of this agency's tasks. */
	public String candidateGroup() {
		return candidateGroupOf(code);
	}

	public static String candidateGroupOf(String agencyCode) {
		return "agency:" + agencyCode;
	}
}
