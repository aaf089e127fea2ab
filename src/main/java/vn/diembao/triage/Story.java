package vn.diembao.triage;

import java.util.List;

/** One story in the inbox: the same news as one or more outlets published it, newest version first. */
record Story(String key, List<InboxRow> rows) {

	InboxRow main() {
		return rows.get(0);
	}

	public InboxRow getMain() {
		return main();
	}

	public List<InboxRow> getOthers() {
		return rows.subList(1, rows.size());
	}

	public long getOutletCount() {
		return rows.stream().map(row -> row.item().outletName()).distinct().count();
	}

	/** Every version's “id:version”, so a decision on the story applies to all of them. */
	public String getRefs() {
		return String.join(",", rows.stream().map(row -> row.item().ref()).toList());
	}
}
