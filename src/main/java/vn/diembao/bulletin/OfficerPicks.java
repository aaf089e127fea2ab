package vn.diembao.bulletin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.diembao.triage.ArticlePickedForBulletin;

/**
 * “b” in the triage inbox: the article goes into that day's province daily if its draft is still being edited.
 * Without a draft yet, nothing is lost — the draft builder takes the day's relevant articles anyway.
 */
@Component
class OfficerPicks {

	private static final Logger log = LoggerFactory.getLogger(OfficerPicks.class);

	private final BulletinRecords records;
	private final Curation curation;

	OfficerPicks(BulletinRecords records, Curation curation) {
		this.records = records;
		this.curation = curation;
	}

	@ApplicationModuleListener
	void on(ArticlePickedForBulletin picked) {
		records.unpublished().stream()
			.filter(b -> b.kind() == BulletinKind.PROVINCE_DAILY && b.issueDate().equals(picked.date()))
			.findFirst()
			.ifPresent(bulletin -> {
				try {
					curation.add(bulletin.id(), picked.articleId());
				}
				catch (IllegalArgumentException alreadyThereOrOutsideThePeriod) {
					log.debug("Bài {} không thêm vào bản tin {}: {}", picked.articleId(), bulletin.id(),
							alreadyThereOrOutsideThePeriod.getMessage());
				}
			});
	}
}
