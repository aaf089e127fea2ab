package vn.diembao.bulletin;

/** One agency's line in the case status table of a weekly or monthly edition, as frozen when the draft was built. */
record CaseStatus(String agencyName, int sent, int answered, int overdue) {
}
