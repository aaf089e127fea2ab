package vn.diembao.sites;

/** The verdict of one check on one site in one run, with the page it rests on and the response time if measured. */
record Outcome(SiteCheck check, CheckStatus status, String detail, String evidenceUrl, Integer responseMs) {

	static Outcome of(SiteCheck check, CheckStatus status, String detail) {
		return new Outcome(check, status, detail, null, null);
	}
}
