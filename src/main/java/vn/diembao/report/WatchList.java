package vn.diembao.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.text.VietnameseText;

/**
 * People and projects the department follows: an article naming one raises an alert. A term typed with diacritics
 * matches only with them (“Lê Văn Hòa” is not “Le Van Hoa”'s namesake “Lê Văn Hóa”); one typed without matches
 * either way, as officers often type names unaccented.
 */
@Service
class WatchList {

	enum Kind {
		PERSON("Người"), PROJECT("Dự án, công trình"), OTHER("Khác");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Term(long id, String term, Kind kind, String createdBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	WatchList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Term> all() {
		return jdbc.sql("select id, term, kind, created_by, created_at from app.watch_term order by kind, term")
			.query(Term.class)
			.list();
	}

	@Transactional
	void add(String term, Kind kind, String username) {
		String clean = term == null ? "" : VietnameseText.nfc(term).strip().replaceAll("\\s+", " ");
		if (VietnameseText.fold(clean).length() < 3) {
			throw new IllegalArgumentException("Từ khóa theo dõi cần ít nhất 3 chữ cái");
		}
		if (clean.length() > 200) {
			throw new IllegalArgumentException("Từ khóa theo dõi quá dài");
		}
		jdbc.sql("""
				insert into app.watch_term (term, normalized, kind, created_by) values (?, ?, ?, ?)
				on conflict (normalized) do nothing""")
			.params(clean, VietnameseText.lower(clean), kind == null ? Kind.OTHER.name() : kind.name(), username)
			.update();
	}

	@Transactional
	void remove(long id) {
		jdbc.sql("delete from app.watch_term where id = ?").param(id).update();
	}

	/** The first watched term the text names, if any. */
	Optional<Term> firstMatch(String text) {
		String lowered = VietnameseText.lower(text);
		String folded = VietnameseText.fold(text);
		return all().stream().filter(t -> matches(t.term(), lowered, folded)).findFirst();
	}

	static boolean matches(String term, String loweredText, String foldedText) {
		String lowered = VietnameseText.lower(term);
		String folded = VietnameseText.fold(term);
		boolean unaccented = lowered.equals(folded);
		return unaccented ? VietnameseText.containsPhrase(foldedText, folded)
				: VietnameseText.containsPhrase(loweredText, lowered);
	}
}
