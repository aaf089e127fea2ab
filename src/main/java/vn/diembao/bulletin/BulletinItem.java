package vn.diembao.bulletin;

import java.time.Instant;

import vn.diembao.classify.Tone;

/** A story in a bulletin: the article's summary copied in, so the edition reads the same after the article changes. */
record BulletinItem(long id, Long articleId, Section section, int position, String title, String url, String outletName,
		Instant publishedAt, String summary, Tone tone, String places, boolean needsResponse, String alsoIn) {

	/** The seeds' footnote style: “Title (Outlet dd/m) (Ghi chú: places)”. */
	public String footnote() {
		StringBuilder note = new StringBuilder(title).append(" (").append(outletName);
		if (publishedAt != null) {
			var day = publishedAt.atZone(BulletinPeriods.VIETNAM).toLocalDate();
			note.append(' ').append(day.getDayOfMonth()).append('/').append(day.getMonthValue());
		}
		note.append(')');
		if (places != null && !places.isBlank()) {
			note.append(" (Ghi chú: ").append(places).append(')');
		}
		return note.toString();
	}
}
