package vn.diembao.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.shared.text.VietnameseText;

/** The officer's edits of a draft: add, remove, move, re-section, summaries and the editor's note. */
@Service
class Curation {

	private final BulletinRecords records;
	private final ClassifiedArticles classified;

	Curation(BulletinRecords records, ClassifiedArticles classified) {
		this.records = records;
		this.classified = classified;
	}

	/** Articles of the period not in the edition yet, one per story, for the officer to add. */
	List<ClassifiedArticle> candidates(Bulletin bulletin) {
		var period = new BulletinPeriods.Period(bulletin.periodStart(), bulletin.periodEnd());
		List<ClassifiedArticle> articles = bulletin.kind().topic()
			.map(topic -> classified.onTopicPublishedBetween(topic, period.from(), period.to()))
			.orElseGet(() -> classified.relevantPublishedBetween(period.from(), period.to()));
		List<BulletinItem> items = records.items(bulletin.id());
		Set<Long> inBulletin = items.stream().map(BulletinItem::articleId).collect(Collectors.toSet());
		Set<String> titles = items.stream().map(i -> Stories.key(i.title())).collect(Collectors.toSet());
		return Stories.of(articles).stream().map(Stories.Story::lead)
			.filter(a -> !inBulletin.contains(a.articleId()) && !titles.contains(Stories.key(a.title())))
			.toList();
	}

	@Transactional
	void add(long bulletinId, long articleId) {
		Bulletin bulletin = editable(bulletinId);
		ClassifiedArticle article = candidates(bulletin).stream().filter(a -> a.articleId() == articleId).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Tin, bài không thuộc kỳ của bản tin hoặc đã có trong bản tin"));
		Section section = Sectioner.sectionOf(article);
		records.addItem(bulletinId, DraftBuilder.itemOf(new Stories.Story(article, List.of()), section,
				records.nextPosition(bulletinId, section)));
	}

	@Transactional
	void remove(long bulletinId, long itemId) {
		editable(bulletinId);
		records.removeItem(bulletinId, itemId);
	}

	/** One step up or down in reading order; across a section boundary the item changes section. */
	@Transactional
	void move(long bulletinId, long itemId, int step) {
		editable(bulletinId);
		List<BulletinItem> items = new ArrayList<>(records.items(bulletinId));
		int index = indexOf(items, itemId);
		int target = index + Integer.signum(step);
		if (target < 0 || target >= items.size()) {
			return;
		}
		BulletinItem moving = items.get(index);
		BulletinItem other = items.get(target);
		if (other.section() != moving.section()) {
			// entering the neighbouring section at its near end
			records.placeItem(moving.id(), other.section(), step < 0 ? other.position() + 1 : other.position() - 1);
			return;
		}
		items.set(target, moving);
		items.set(index, other);
		renumber(items, moving.section());
	}

	@Transactional
	void moveToSection(long bulletinId, long itemId, Section section) {
		editable(bulletinId);
		records.item(bulletinId, itemId).orElseThrow(() -> new BulletinNotFoundException(bulletinId));
		records.placeItem(itemId, section, records.nextPosition(bulletinId, section));
	}

	@Transactional
	void editSummary(long bulletinId, long itemId, String summary) {
		editable(bulletinId);
		records.updateSummary(bulletinId, itemId, clean(summary));
	}

	@Transactional
	void editNote(long bulletinId, String note) {
		editable(bulletinId);
		String text = clean(note);
		records.updateEditorNote(bulletinId, text.isEmpty() ? null : text);
	}

	private void renumber(List<BulletinItem> items, Section section) {
		int position = 0;
		for (BulletinItem item : items) {
			if (item.section() == section) {
				records.placeItem(item.id(), section, ++position);
			}
		}
	}

	private Bulletin editable(long bulletinId) {
		Bulletin bulletin = records.lock(bulletinId).orElseThrow(() -> new BulletinNotFoundException(bulletinId));
		if (!bulletin.isEditable()) {
			throw new IllegalStateException("Bản tin " + bulletin.status().label().toLowerCase() + ", không sửa được");
		}
		return bulletin;
	}

	private static int indexOf(List<BulletinItem> items, long itemId) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).id() == itemId) {
				return i;
			}
		}
		throw new IllegalArgumentException("Không có mục " + itemId);
	}

	private static String clean(String text) {
		return VietnameseText.nfc(text).strip();
	}
}
