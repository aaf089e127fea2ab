package vn.diembao.triage;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/**
 * What the officer is looking at: the filters of the inbox, bound from the query string. The default is the morning
 * view — relevant, not yet triaged, every date. {@code bin} shows what the classifier thought irrelevant, to catch
 * its misses; {@code status} “ALL” shows every status.
 */
record InboxFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String outlet, Tone tone, Topic topic, String place,
		String status, Boolean needsResponse, Boolean bin, String q, Integer page) {

	static final InboxFilter DEFAULT = new InboxFilter(null, null, null, null, null, null, null, false, false, null, null);

	InboxFilter {
		outlet = blankToNull(outlet);
		place = blankToNull(place);
		q = blankToNull(q);
		status = status == null || status.isBlank() ? "NEW" : status;
		if (!status.matches("NEW|TRIAGED|IN_CASE|DISMISSED|ALL")) {
			status = "NEW";
		}
		page = page == null || page < 1 ? 1 : page;
		needsResponse = Boolean.TRUE.equals(needsResponse);
		bin = Boolean.TRUE.equals(bin);
	}

	boolean searching() {
		return q != null;
	}

	InboxFilter withPage(int newPage) {
		return new InboxFilter(from, to, outlet, tone, topic, place, status, needsResponse, bin, q, newPage);
	}

	/** The query string that reproduces this view (without the page), for links and saved filters. */
	String queryString() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		add(uri, "from", from);
		add(uri, "to", to);
		add(uri, "outlet", outlet);
		add(uri, "tone", tone);
		add(uri, "topic", topic);
		add(uri, "place", place);
		add(uri, "status", "NEW".equals(status) ? null : status);
		add(uri, "needsResponse", needsResponse ? "true" : null);
		add(uri, "bin", bin ? "true" : null);
		add(uri, "q", q);
		String query = uri.encode().build().getQuery();
		return query == null ? "" : query;
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
