package vn.diembao.triage;

import java.util.List;

/** An item as the inbox shows it: title, lead and (when searching) a body excerpt, with the matches marked. */
record InboxRow(InboxItem item, List<Highlighter.Segment> title, List<Highlighter.Segment> lead,
		List<Highlighter.Segment> excerpt) {
}
