package vn.diembao.report;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.web.util.UriComponentsBuilder;

import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.Tone;

/**
 * Which articles about the province a dashboard figure stands for: the period, and optionally a tone, an outlet, a
 * place, the articles needing an answer. Links from the figures carry it in the query string.
 */
public record ArticleFilter(LocalDate from, LocalDate to, Tone tone, String outlet, String place, Boolean needsResponse) {

	public ArticleFilter {
		outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
		place = place == null || place.isBlank() ? null : place.strip();
		needsResponse = Boolean.TRUE.equals(needsResponse);
	}

	static ArticleFilter of(LocalDate from, LocalDate to) {
		return new ArticleFilter(from, to, null, null, null, false);
	}

	ArticleFilter tone(Tone newTone) {
		return new ArticleFilter(from, to, newTone, outlet, place, needsResponse);
	}

	ArticleFilter outlet(String newOutlet) {
		return new ArticleFilter(from, to, tone, newOutlet, place, needsResponse);
	}

	ArticleFilter place(String newPlace) {
		return new ArticleFilter(from, to, tone, outlet, newPlace, needsResponse);
	}

	ArticleFilter needingResponse() {
		return new ArticleFilter(from, to, tone, outlet, place, true);
	}

	ArticleFilter day(LocalDate day) {
		return new ArticleFilter(day, day, tone, outlet, place, needsResponse);
	}

	boolean matches(ClassifiedArticle article) {
		return (tone == null || article.tone() == tone) && (outlet == null || outlet.equals(article.outletName()))
				&& (place == null || placesOf(article.places()).anyMatch(place::equals))
				&& (!needsResponse || article.needsResponse());
	}

	static java.util.stream.Stream<String> placesOf(String places) {
		return places == null ? java.util.stream.Stream.empty()
				: Arrays.stream(places.split(",")).map(String::strip).filter(p -> !p.isEmpty());
	}

	/** The query string of the report's own list, e.g. “tu=2024-11-01&den=2024-11-30&giong=NEGATIVE”. */
	public String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("tu", from).queryParam("den", to);
		if (tone != null) {
			uri.queryParam("giong", tone.name());
		}
		if (outlet != null) {
			uri.queryParam("bao", outlet);
		}
		if (place != null) {
			uri.queryParam("dia-ban", place);
		}
		if (needsResponse) {
			uri.queryParam("can-phan-hoi", true);
		}
		return uri.encode().build().getQuery();
	}

	/** The list behind a figure: “/tong-quan/tin-bai?…”. */
	public String listPath() {
		return "/tong-quan/tin-bai?" + query();
	}

	/** The same articles in the officer's triage inbox, with its own filter names. */
	public String inboxPath() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tiep-nhan")
			.queryParam("from", from)
			.queryParam("to", to)
			.queryParam("status", "ALL");
		if (tone != null) {
			uri.queryParam("tone", tone.name());
		}
		if (outlet != null) {
			uri.queryParam("outlet", outlet);
		}
		if (place != null) {
			uri.queryParam("place", place);
		}
		if (needsResponse) {
			uri.queryParam("needsResponse", true);
		}
		return uri.encode().build().toUriString();
	}
}
