package vn.diembao.bulletin;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.diembao.directory.ProvinceProfiles;

/**
 * RSS 2.0 and Atom feeds of the published editions of one kind, newest first, for leaders who read with a feed reader.
 * Behind login like every bulletin page; readers send HTTP Basic credentials and get a Basic challenge without them.
 */
@RestController
@RequestMapping("/diem-bao")
class BulletinFeedController {

	static final int ENTRIES = 30;

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final BulletinRecords records;
	private final Editions editions;
	private final ProvinceProfiles profiles;

	BulletinFeedController(BulletinRecords records, Editions editions, ProvinceProfiles profiles) {
		this.records = records;
		this.editions = editions;
		this.profiles = profiles;
	}

	/** {@code /diem-bao/rss/province-daily}. */
	@GetMapping("/rss/{kind}")
	ResponseEntity<String> rss(@PathVariable String kind) throws FeedException {
		return ResponseEntity.ok().contentType(RSS).body(feed(kind(kind), "rss_2.0"));
	}

	/** {@code /diem-bao/atom/province-daily}. */
	@GetMapping("/atom/{kind}")
	ResponseEntity<String> atom(@PathVariable String kind) throws FeedException {
		return ResponseEntity.ok().contentType(ATOM).body(feed(kind(kind), "atom_1.0"));
	}

	private static BulletinKind kind(String code) {
		try {
			return BulletinKind.ofCode(code);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có loại bản tin " + code);
		}
	}

	private String feed(BulletinKind kind, String type) throws FeedException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/diem-bao").toUriString();
		String title = kind.title(profiles.current().name());
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(title);
		feed.setLink(base + "/luu-tru?loai=" + kind.name());
		feed.setUri(base + "/rss/" + kind.code());
		feed.setDescription("Các số bản tin " + title + " đã phát hành");
		feed.setLanguage("vi");
		List<SyndEntry> entries = new ArrayList<>();
		for (Bulletin bulletin : records.search(new BulletinRecords.ArchiveQuery(kind, null, null, null, null))) {
			if (entries.size() == ENTRIES) {
				break;
			}
			entries.add(entry(editions.of(bulletin.id()), base));
		}
		feed.setEntries(entries);
		feed.setPublishedDate(entries.isEmpty() ? null : entries.get(0).getPublishedDate());
		return new SyndFeedOutput().outputString(feed);
	}

	private static SyndEntry entry(Edition edition, String base) {
		Bulletin bulletin = edition.bulletin();
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(edition.title() + " — " + edition.subheading());
		entry.setLink(base + "/" + bulletin.id());
		entry.setUri(base + "/" + bulletin.id());
		Date published = bulletin.publishedAt() == null ? null : Date.from(bulletin.publishedAt());
		entry.setPublishedDate(published);
		entry.setUpdatedDate(published);
		var description = new SyndContentImpl();
		description.setType("text/plain");
		description.setValue(edition.period() + ". " + edition.itemCount() + " tin, bài: " + edition.sections().stream()
			.flatMap(s -> s.items().stream())
			.map(BulletinItem::title)
			.collect(Collectors.joining("; ")));
		entry.setDescription(description);
		return entry;
	}
}
