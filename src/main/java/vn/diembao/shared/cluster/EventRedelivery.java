package vn.diembao.shared.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener failed — typically while the database was away — without waiting
 * for a restart (restarts republish too: {@code republish-outstanding-events-on-restart}). Only publications older
 * than the redelivery age are resubmitted, so a listener still running on another node is not raced; the listeners
 * are idempotent in any case (they insert “on conflict do nothing”).
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;
	private final Duration age;

	EventRedelivery(IncompleteEventPublications incomplete,
			@Value("${diembao.events.redelivery-age:PT2M}") Duration age) {
		this.incomplete = incomplete;
		this.age = age;
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
