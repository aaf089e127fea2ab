package vn.diembao.classify;

import java.sql.Timestamp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.ProvinceProfile;
import vn.diembao.directory.ProvinceProfiles;
import vn.diembao.ingest.ArticleCollected;
import vn.diembao.ingest.ArticleView;
import vn.diembao.ingest.Articles;

/** Classifies each collected article once, stores the decision with its reasons and announces it. */
@Service
class ClassificationService {

	private final Articles articles;
	private final ProvinceProfiles profiles;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final CurrentClassifier classifier;

	ClassificationService(Articles articles, ProvinceProfiles profiles, JdbcClient jdbc, ApplicationEventPublisher events,
			CurrentClassifier classifier) {
		this.classifier = classifier;
		this.articles = articles;
		this.profiles = profiles;
		this.jdbc = jdbc;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ArticleCollected event) {
		classify(event.articleId());
	}

	@Transactional
	void classify(long articleId) {
		ArticleView article = articles.find(articleId)
			.orElseThrow(() -> new IllegalStateException("Không có bài viết " + articleId));
		ProvinceProfile profile = profiles.current();
		var decision = classifier.classify(ArticleText.of(article.title(), article.lead(), article.body(), article.url()),
				profile);
		int inserted = jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				       needs_response, places, reasons, model_version, title, lead, url, outlet_name, published_at, agencies)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""")
			.params(articleId, profile.code(), decision.relevant(), decision.relevanceScore(), decision.tone().name(),
					decision.topic().name(), decision.needsResponse(), String.join(", ", decision.places()),
					String.join("\n", decision.reasons()), decision.modelVersion(), article.title(), article.lead(),
					article.url(), article.outletName(),
					article.publishedAt() == null ? null : Timestamp.from(article.publishedAt()),
					String.join(",", decision.agencies()))
			.update();
		if (inserted == 1) {
			events.publishEvent(new ArticleClassified(articleId, article.title(), article.lead(), article.url(),
					article.outletName(), article.publishedAt(), decision.relevant(), decision.tone(), decision.topic(),
					decision.needsResponse(), decision.places(), decision.reasons()));
		}
	}
}
