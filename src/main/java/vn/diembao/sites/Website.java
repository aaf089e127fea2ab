package vn.diembao.sites;

/** One registered website; {@code agencyName} comes from the directory when the site is linked to an agency. */
record Website(long id, Long agencyId, String name, String url, SiteLevel level, String contactEmail, boolean active) {
}
