package vn.diembao.sites;

/** What a check looks at; each check row in {@code app.website_check} is one of these with its own settings. */
enum CheckKind {
	REACHABLE, TLS, RESPONSE_TIME, BANNER, SECTION, COLUMN
}
