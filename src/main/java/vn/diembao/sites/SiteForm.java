package vn.diembao.sites;

/** The registry form and one row of an import file. */
record SiteForm(String name, String url, String level, String agencyCode, String contactEmail) {
}
