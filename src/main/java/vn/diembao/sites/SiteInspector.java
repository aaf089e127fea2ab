package vn.diembao.sites;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import vn.diembao.ingest.SafeFetcher;

/**
 * Runs the configured checks on one site: the home page once, then each matched section or column page. Makes no
 * database writes except the column posts it sees (through {@link ColumnPosts}), so a slow site holds no transaction.
 */
@Component
class SiteInspector {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int MIN_TITLE_LENGTH = 15;

	private final SafeFetcher fetcher;
	private final ColumnPosts posts;
	private final SitesProperties properties;

	SiteInspector(SafeFetcher fetcher, ColumnPosts posts, SitesProperties properties) {
		this.fetcher = fetcher;
		this.posts = posts;
		this.properties = properties;
	}

	List<Outcome> inspect(Website site, List<SiteCheck> checks, Instant now, LocalDate today) {
		SitePage home = SitePage.fetch(fetcher, site.url());
		List<Outcome> outcomes = new ArrayList<>();
		for (SiteCheck check : checks) {
			if (check.appliesTo(site.level())) {
				outcomes.add(inspect(site, check, home, now, today));
			}
		}
		return outcomes;
	}

	private Outcome inspect(Website site, SiteCheck check, SitePage home, Instant now, LocalDate today) {
		return switch (check.kind()) {
			case REACHABLE -> reachable(check, home);
			case TLS -> tls(check, home, now);
			case RESPONSE_TIME -> responseTime(check, home);
			case BANNER -> home.ok() ? banner(check, home) : unreachable(check, home);
			case SECTION -> home.ok() ? section(check, home, today) : unreachable(check, home);
			case COLUMN -> home.ok() ? column(site, check, home, today) : unreachable(check, home);
		};
	}

	private static Outcome unreachable(SiteCheck check, SitePage home) {
		return Outcome.of(check, CheckStatus.RED, "Không kiểm tra được: " + home.failure());
	}

	private static Outcome reachable(SiteCheck check, SitePage home) {
		return home.ok() ? new Outcome(check, CheckStatus.GREEN, "Truy cập được", home.uri().toString(), null)
				: Outcome.of(check, CheckStatus.RED, home.failure());
	}

	private Outcome tls(SiteCheck check, SitePage home, Instant now) {
		if (home.tlsFailure()) {
			return Outcome.of(check, CheckStatus.RED, "Chứng chỉ HTTPS không hợp lệ hoặc lỗi bắt tay TLS: " + home.failure());
		}
		if (!home.ok()) {
			return Outcome.of(check, CheckStatus.RED, "Không kiểm tra được: " + home.failure());
		}
		if (!home.https()) {
			return Outcome.of(check, CheckStatus.AMBER, "Trang không dùng HTTPS");
		}
		Instant expires = home.certificateExpiresAt();
		if (expires == null) {
			return Outcome.of(check, CheckStatus.GREEN, "HTTPS hợp lệ");
		}
		String until = DAY.format(expires.atZone(SiteClock.ZONE));
		if (expires.isBefore(now.plus(Duration.ofDays(properties.certificateWarningDays())))) {
			return Outcome.of(check, CheckStatus.AMBER, "Chứng chỉ HTTPS sắp hết hạn (" + until + ")");
		}
		return Outcome.of(check, CheckStatus.GREEN, "Chứng chỉ HTTPS hợp lệ đến " + until);
	}

	private static Outcome responseTime(SiteCheck check, SitePage home) {
		if (!home.ok()) {
			return Outcome.of(check, CheckStatus.RED, "Không kiểm tra được: " + home.failure());
		}
		int millis = (int) Math.min(Integer.MAX_VALUE, home.elapsed() == null ? 0 : home.elapsed().toMillis());
		int threshold = check.thresholdMs() == null ? 3000 : check.thresholdMs();
		CheckStatus status = millis > 2L * threshold ? CheckStatus.RED : millis > threshold ? CheckStatus.AMBER : CheckStatus.GREEN;
		String detail = millis + " ms" + (status == CheckStatus.GREEN ? "" : " (ngưỡng " + threshold + " ms)");
		return new Outcome(check, status, detail, null, millis);
	}

	/** A banner shows as an image (address, alt or title text), a link to the campaign, or a block called banner. */
	private static Outcome banner(SiteCheck check, SitePage home) {
		Pattern pattern = Patterns.compile(check.pattern());
		Document page = home.document();
		for (Element image : page.select("img")) {
			if (Patterns.matches(pattern, image.attr("src")) || Patterns.matches(pattern, image.attr("alt"))
					|| Patterns.matches(pattern, image.attr("title"))) {
				return new Outcome(check, CheckStatus.GREEN, "Có banner (ảnh " + image.absUrl("src") + ")", image.absUrl("src"), null);
			}
		}
		for (Element link : page.select("a[href]")) {
			if (Patterns.matches(pattern, link.attr("href")) || Patterns.matches(pattern, link.attr("title"))) {
				return new Outcome(check, CheckStatus.GREEN, "Có banner (liên kết " + link.absUrl("href") + ")", link.absUrl("href"), null);
			}
		}
		for (Element block : page.select("[class*=banner], [id*=banner]")) {
			if (Patterns.matches(pattern, block.text())) {
				return new Outcome(check, CheckStatus.GREEN, "Có banner (“" + abbreviated(block.text()) + "”)", home.uri().toString(), null);
			}
		}
		return Outcome.of(check, CheckStatus.RED, "Không thấy banner trên trang chủ");
	}

	private Outcome section(SiteCheck check, SitePage home, LocalDate today) {
		Optional<Element> link = linkMatching(home.document(), Patterns.compile(check.pattern()));
		if (link.isEmpty()) {
			return Outcome.of(check, CheckStatus.RED, "Không thấy mục này trên trang chủ");
		}
		String url = link.get().absUrl("href");
		String found = "Có mục “" + abbreviated(link.get().text()) + "”";
		if (check.maxAgeDays() == null) {
			return new Outcome(check, CheckStatus.GREEN, found, url, null);
		}
		SitePage section = SitePage.fetch(fetcher, url);
		if (!section.ok()) {
			return new Outcome(check, CheckStatus.AMBER, found + " nhưng không mở được: " + section.failure(), url, null);
		}
		Optional<LocalDate> newest = PageDates.newest(section.document(), today);
		if (newest.isEmpty()) {
			return new Outcome(check, CheckStatus.AMBER, found + ", không xác định được ngày cập nhật", url, null);
		}
		boolean fresh = !newest.get().isBefore(today.minusDays(check.maxAgeDays()));
		String updated = ", cập nhật gần nhất " + DAY.format(newest.get());
		return fresh ? new Outcome(check, CheckStatus.GREEN, found + updated, url, null)
				: new Outcome(check, CheckStatus.AMBER, found + updated + " (quá " + check.maxAgeDays() + " ngày)", url, null);
	}

	private Outcome column(Website site, SiteCheck check, SitePage home, LocalDate today) {
		Optional<Element> link = linkMatching(home.document(), Patterns.compile(check.pattern()));
		if (link.isEmpty()) {
			return Outcome.of(check, CheckStatus.RED, "Không thấy chuyên mục trên trang chủ");
		}
		String url = link.get().absUrl("href");
		SitePage column = SitePage.fetch(fetcher, url);
		if (!column.ok()) {
			return new Outcome(check, CheckStatus.RED, "Không mở được chuyên mục: " + column.failure(), url, null);
		}
		List<ColumnPost> listed = postsOn(column, today);
		java.util.Optional<Instant> watchedSince = posts.firstSeen(site.id(), check.id());
		posts.record(site.id(), check.id(), listed, today);
		ColumnPosts.WeekCounts weeks = posts.weekCounts(site.id(), check.id(), today);
		int required = check.minPostsPerWeek() == null ? 1 : check.minPostsPerWeek();
		String detail = "Tuần " + weeks.lastWeekLabel() + ": " + weeks.lastWeek() + " tin, bài; tuần này: " + weeks.thisWeek();
		if (weeks.lastWeek() >= required) {
			return new Outcome(check, CheckStatus.GREEN, detail, url, null);
		}
		boolean undated = !listed.isEmpty() && listed.stream().allMatch(post -> post.publishedOn() == null);
		LocalDate lastMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
		boolean watchedAllLastWeek = watchedSince.isPresent()
				&& !watchedSince.get().atZone(SiteClock.ZONE).toLocalDate().isAfter(lastMonday);
		if (undated && !watchedAllLastWeek) {
			// without printed dates a post counts in the week we first saw it: last week cannot be judged yet
			return new Outcome(check, CheckStatus.AMBER, "Chuyên mục không ghi ngày đăng; chưa đủ một tuần theo dõi để đánh giá ("
					+ listed.size() + " tin, bài đang hiển thị)", url, null);
		}
		return new Outcome(check, CheckStatus.RED, detail + " (cần ít nhất " + required + " tin, bài mỗi tuần)", url, null);
	}

	/** The first link on the page whose text (or, failing that, address) matches the pattern. */
	private static Optional<Element> linkMatching(Document page, Pattern pattern) {
		Optional<Element> byText = page.select("a[href]").stream().filter(a -> Patterns.matches(pattern, a.text())).findFirst();
		return byText.isPresent() ? byText
				: page.select("a[href]").stream().filter(a -> Patterns.matches(pattern, a.attr("href"))).findFirst();
	}

	/**
	 * Posts on a column page: links with a title-like text, each with the first date printed in its own list item
	 * (the closest ancestor that holds no other post link).
	 */
	static List<ColumnPost> postsOn(SitePage column, LocalDate today) {
		Document page = column.document();
		Map<String, ColumnPost> found = new LinkedHashMap<>();
		List<Element> titles = page.select("a[href]").stream()
			.filter(a -> a.text().strip().length() >= MIN_TITLE_LENGTH)
			.filter(a -> sameHost(a.absUrl("href"), column.uri()))
			.toList();
		for (Element title : titles) {
			String url = title.absUrl("href");
			if (url.isEmpty() || url.equals(column.uri().toString()) || found.containsKey(url)) {
				continue;
			}
			LocalDate date = null;
			Element item = title.parent();
			for (int level = 0; item != null && level < 4 && date == null; level++, item = item.parent()) {
				if (otherTitles(item, title, titles)) {
					break;
				}
				date = PageDates.first(item.text(), today).orElse(null);
			}
			found.put(url, new ColumnPost(url, abbreviated(title.text()), date));
		}
		return List.copyOf(found.values());
	}

	private static boolean otherTitles(Element container, Element title, List<Element> titles) {
		return container.select("a[href]").stream().anyMatch(a -> a != title && titles.contains(a)
				&& !a.absUrl("href").equals(title.absUrl("href")));
	}

	private static boolean sameHost(String url, URI base) {
		try {
			URI uri = URI.create(url);
			return uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String abbreviated(String text) {
		String clean = text.strip().replaceAll("\\s+", " ");
		return clean.length() <= 120 ? clean : clean.substring(0, 119) + "…";
	}
}
