package vn.diembao.sites;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates as Vietnamese state websites print them next to posts: 25/11/2026, 25-11-2026, 25.11.2026, or ISO in a
 * {@code <time datetime>} attribute. Dates after {@code today} (event announcements) are ignored.
 */
final class PageDates {

	private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](20\\d{2})(?!\\d)");
	private static final Pattern ISO = Pattern.compile("(?<!\\d)(20\\d{2})-(\\d{2})-(\\d{2})");

	private PageDates() {
	}

	static List<LocalDate> in(String text, LocalDate today) {
		List<LocalDate> dates = new ArrayList<>();
		Matcher dayFirst = DAY_FIRST.matcher(text);
		while (dayFirst.find()) {
			date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1), today).ifPresent(dates::add);
		}
		Matcher iso = ISO.matcher(text);
		while (iso.find()) {
			date(iso.group(1), iso.group(2), iso.group(3), today).ifPresent(dates::add);
		}
		return dates;
	}

	/** The newest date printed anywhere on the page (text and {@code <time datetime>}). */
	static Optional<LocalDate> newest(Document page, LocalDate today) {
		List<LocalDate> dates = new ArrayList<>(in(page.text(), today));
		for (Element time : page.select("time[datetime]")) {
			dates.addAll(in(time.attr("datetime"), today));
		}
		return dates.stream().max(LocalDate::compareTo);
	}

	static Optional<LocalDate> first(String text, LocalDate today) {
		List<LocalDate> dates = in(text, today);
		return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0));
	}

	private static Optional<LocalDate> date(String year, String month, String day, LocalDate today) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return date.isAfter(today) ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}
}
