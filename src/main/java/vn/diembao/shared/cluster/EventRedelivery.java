package vn.diembao.shared.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener failed — typically while the database was away — without waiting
 * for a restart (restarts republish too: {@code republish-outstanding-events-on-restart}). Only publications older
 * than the redelivery age are resubmitted, so a listener still running on another node is not raced; the listeners
 * are idempotent in any case (they insert “on conflict do nothing”). Completed publications are purged nightly, on one
 * node: at 100,000 articles a day the registry would otherwise gain some 300,000 rows a day.
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;
	private final CompletedEventPublications completed;
	private final ClusterJobs cluster;
	private final Duration age;
	private final Duration keepCompleted;

	EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed, ClusterJobs cluster,
			@Value("${diembao.events.redelivery-age:PT2M}") Duration age,
			@Value("${diembao.events.keep-completed:P7D}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.cluster = cluster;
		this.age = age;
		this.keepCompleted = keepCompleted;
	}

	@Scheduled(cron = "${diembao.events.purge-cron:0 15 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	void purgeCompleted() {
		if (cluster.claimToday("events.purge-completed")) {
			completed.deletePublicationsOlderThan(keepCompleted);
			log.info("Đã xóa các sự kiện đã xử lý xong trước {} ngày", keepCompleted.toDays());
		}
	}

	@Scheduled(initialDelayString = "${diembao.events.redelivery-interval:PT1M}",
			fixedDelayString = "${diembao.events.redelivery-interval:PT1M}")
	void redeliver() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(age);
		}
		catch (DataAccessException unavailable) {
			log.warn("Chưa gửi lại được các sự kiện dở dang: {}", unavailable.getMessage());
		}
	}
}
