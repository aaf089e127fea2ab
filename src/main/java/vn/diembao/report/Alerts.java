package vn.diembao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.Notifications;
import vn.diembao.classify.ArticleClassified;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.Role;
import vn.diembao.ingest.StoryCluster;
import vn.diembao.ingest.StoryClusters;
import vn.diembao.shared.text.VietnameseText;

/**
 * Decides, for each newly classified article, whether officers must know now: its story spiking across outlets, its
 * place drawing unusually many negative articles, or a watched person or project named. Each alert is recorded once
 * (per story, per place and day, per watched term and story) with an in-app notification to officers; e-mail follows
 * from {@link AlertMailer}.
 */
@Service
class Alerts {

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	enum Kind {
		STORY_SPIKE, PLACE_SPIKE, WATCH
	}

	public record Alert(long id, Kind kind, String title, String link, String detail, Instant createdAt, Instant mailedAt) {
	}

	private final JdbcClient jdbc;
	private final StoryClusters clusters;
	private final ClassifiedArticles articles;
	private final WatchList watchList;
	private final Notifications notifications;
	private final AlertProperties properties;

	Alerts(JdbcClient jdbc, StoryClusters clusters, ClassifiedArticles articles, WatchList watchList,
			Notifications notifications, AlertProperties properties) {
		this.jdbc = jdbc;
		this.clusters = clusters;
		this.articles = articles;
		this.watchList = watchList;
		this.notifications = notifications;
		this.properties = properties;
	}

	/** The alerts the article raises now; already raised ones are not repeated. */
	@Transactional
	List<Alert> consider(ArticleClassified article, Instant now) {
		List<Alert> raised = new ArrayList<>();
		Optional<StoryCluster> story = clusters.ofArticle(article.articleId());
		String storyKey = story.map(c -> "c" + c.id()).orElse("a" + article.articleId());
		String link = "/tiep-nhan/bai/" + article.articleId();
		watchList.firstMatch(article.title() + " \n " + (article.lead() == null ? "" : article.lead()))
			.flatMap(term -> raise(Kind.WATCH, "watch:" + term.id() + ":" + storyKey, article, link,
					"Bài nhắc đến “" + term.term() + "” (danh sách theo dõi)"))
			.ifPresent(raised::add);
		if (article.relevant() && story.isPresent()) {
			var publications = clusters.articles(story.get().id()).stream()
				.map(a -> new SpikeRules.Publication(a.outletName(), a.publishedAt() != null ? a.publishedAt() : a.fetchedAt()))
				.toList();
			if (properties.rules().storySpikeAt(publications) != null) {
				long outlets = publications.stream().map(SpikeRules.Publication::outlet).distinct().count();
				raise(Kind.STORY_SPIKE, "story:" + story.get().id(), article, link,
						outlets + " cơ quan báo chí đăng cùng tin trong " + properties.storyWindow().toHours() + " giờ")
					.ifPresent(raised::add);
			}
		}
		if (article.relevant() && article.tone() == Tone.NEGATIVE && article.places() != null) {
			Instant at = article.publishedAt() == null || article.publishedAt().isAfter(now) ? now : article.publishedAt();
			for (String place : article.places()) {
				if (placeSpike(place, at)) {
					LocalDate day = at.atZone(ReportFigureSource.VIETNAM).toLocalDate();
					raise(Kind.PLACE_SPIKE, "place:" + VietnameseText.fold(place) + ":" + day, article, link,
							"Nhiều tin, bài phản ánh tồn tại, hạn chế về " + place + " trong 24 giờ, cao hơn thường lệ")
						.ifPresent(raised::add);
				}
			}
		}
		return raised;
	}

	private boolean placeSpike(String place, Instant at) {
		SpikeRules rules = properties.rules();
		Instant from = at.minus(SpikeRules.DAY.multipliedBy(rules.baselineDays() + 1L));
		List<Instant> negatives = articles.relevantPublishedBetween(from, at.plusSeconds(1)).stream()
			.filter(a -> a.tone() == Tone.NEGATIVE && a.publishedAt() != null)
			.filter(a -> ArticleFilter.placesOf(a.places()).anyMatch(place::equals))
			.map(vn.diembao.classify.ClassifiedArticle::publishedAt)
			.toList();
		return rules.placeSpike(negatives, at);
	}

	private Optional<Alert> raise(Kind kind, String key, ArticleClassified article, String link, String detail) {
		Optional<Alert> alert = jdbc.sql("""
				insert into app.alert (kind, dedup_key, article_id, title, link, detail) values (?, ?, ?, ?, ?, ?)
				on conflict (dedup_key) do nothing
				returning id, kind, title, link, detail, created_at, mailed_at""")
			.params(kind.name(), key, article.articleId(), article.title(), link, detail)
			.query(Alert.class)
			.optional();
		alert.ifPresent(a -> {
			notifications.toRole(Role.OFFICER, "Cảnh báo: " + detail + " — " + article.title(), link);
			log.info("Cảnh báo {} ({}) cho bài {}", kind, key, article.articleId());
		});
		return alert;
	}

	List<Alert> latest(int limit) {
		return jdbc.sql("select id, kind, title, link, detail, created_at, mailed_at from app.alert order by created_at desc, id desc limit ?")
			.param(limit)
			.query(Alert.class)
			.list();
	}

	/** Alerts not mailed yet, oldest first. */
	List<Alert> unmailed() {
		return jdbc.sql("select id, kind, title, link, detail, created_at, mailed_at from app.alert where mailed_at is null order by created_at, id")
			.query(Alert.class)
			.list();
	}

	/** Claims an alert for mailing: true for the one node that gets it. */
	boolean claimForMail(long id) {
		return jdbc.sql("update app.alert set mailed_at = now() where id = ? and mailed_at is null").param(id).update() == 1;
	}
}
