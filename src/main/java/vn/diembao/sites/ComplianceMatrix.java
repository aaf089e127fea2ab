package vn.diembao.sites;

import java.util.List;

/** Sites × checks: the compliance page and its XLSX export show the same thing. */
record ComplianceMatrix(List<SiteCheck> checks, List<Row> rows) {

	record Row(Website site, String agencyName, List<CheckResult> cells) {

		/** The worst verdict of the row; null when the site was never checked. */
		public CheckStatus overall() {
			CheckStatus worst = null;
			for (CheckResult cell : cells) {
				if (cell != null) {
					worst = worst == null ? cell.status() : worst.worse(cell.status());
				}
			}
			return worst;
		}

		public long count(CheckStatus status) {
			return cells.stream().filter(cell -> cell != null && cell.status() == status).count();
		}
	}

	/** Sites whose worst verdict is the given status (GREEN, AMBER or RED). */
	public long sitesWith(String overall) {
		CheckStatus status = CheckStatus.valueOf(overall);
		return rows.stream().filter(row -> row.overall() == status).count();
	}
}
