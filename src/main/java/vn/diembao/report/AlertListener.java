package vn.diembao.report;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.diembao.classify.ArticleClassified;

/** Every classified article is checked for alerts as soon as classify announces it — no polling of its tables. */
@Component
class AlertListener {

	private final Alerts alerts;

	AlertListener(Alerts alerts) {
		this.alerts = alerts;
	}

	@ApplicationModuleListener
	void on(ArticleClassified article) {
		alerts.consider(article, Instant.now());
	}
}
