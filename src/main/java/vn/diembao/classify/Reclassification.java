package vn.diembao.classify;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.directory.ProvinceProfile;
import vn.diembao.directory.ProvinceProfiles;
import vn.diembao.ingest.ArticleView;
import vn.diembao.ingest.Articles;
import vn.diembao.shared.audit.AuditLog;

/**
 * “Phân loại lại”: classifies the articles published in a period again with the current gazetteer and model — after
 * an administrator added places or merged names — one article per transaction on a background thread, with progress.
 * Only changed decisions are written and announced ({@link ArticleReclassified}); one run at a time.
 */
@Service
class Reclassification {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final int MAX_DAYS = 366;

	private static final Logger log = LoggerFactory.getLogger(Reclassification.class);

	record Progress(LocalDate from, LocalDate to, int total, int done, int changed, int failed, String startedBy,
			Instant startedAt, Instant finishedAt) {

		public boolean running() {
			return finishedAt == null;
		}

		public int percent() {
			return total == 0 ? 100 : done * 100 / total;
		}

		Progress step(boolean changedOne, boolean failedOne) {
			return new Progress(from, to, total, done + 1, changed + (changedOne ? 1 : 0), failed + (failedOne ? 1 : 0),
					startedBy, startedAt, null);
		}

		Progress finished() {
			return new Progress(from, to, total, done, changed, failed, startedBy, startedAt, Instant.now());
		}
	}

	private final JdbcClient jdbc;
	private final Articles articles;
	private final ProvinceProfiles profiles;
	private final CurrentClassifier classifier;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final AuditLog audit;
	private final AtomicReference<Progress> progress = new AtomicReference<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "reclassification");
		thread.setDaemon(true);
		return thread;
	});

	Reclassification(JdbcClient jdbc, Articles articles, ProvinceProfiles profiles, CurrentClassifier classifier,
			ApplicationEventPublisher events, TransactionTemplate transactions, AuditLog audit) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.profiles = profiles;
		this.classifier = classifier;
		this.events = events;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** The current or last run, if any since the application started. */
	java.util.Optional<Progress> progress() {
		return java.util.Optional.ofNullable(progress.get());
	}

	synchronized Progress start(LocalDate from, LocalDate to, String admin) {
		if (from == null || to == null) {
			throw new IllegalArgumentException("Hãy chọn ngày bắt đầu và ngày kết thúc.");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new IllegalArgumentException("Mỗi lần chỉ phân loại lại tối đa " + MAX_DAYS + " ngày.");
		}
		if (progress().map(Progress::running).orElse(false)) {
			throw new IllegalArgumentException("Đang có một lượt phân loại lại chưa xong.");
		}
		List<Long> ids = jdbc.sql("""
				select article_id from app.classification where published_at >= ? and published_at < ? order by article_id""")
			.params(Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()))
			.query(Long.class)
			.list();
		Progress started = new Progress(from, to, ids.size(), 0, 0, 0, admin, Instant.now(), ids.isEmpty() ? Instant.now() : null);
		progress.set(started);
		audit.record(admin, "Phân loại lại", "CLASSIFICATION", from + "/" + to, ids.size() + " tin bài");
		if (!ids.isEmpty()) {
			worker.submit(() -> run(ids));
		}
		return started;
	}

	private void run(List<Long> ids) {
		for (long id : ids) {
			boolean changed = false;
			boolean failed = false;
			try {
				changed = Boolean.TRUE.equals(transactions.execute(status -> reclassify(id)));
			}
			catch (RuntimeException e) {
				failed = true;
				log.warn("Không phân loại lại được tin bài {}: {}", id, e.getMessage());
			}
			boolean changedOne = changed;
			boolean failedOne = failed;
			progress.updateAndGet(p -> p.step(changedOne, failedOne));
		}
		Progress done = progress.updateAndGet(Progress::finished);
		audit.record(done.startedBy(), "Phân loại lại xong", "CLASSIFICATION", done.from() + "/" + done.to(),
				done.changed() + "/" + done.total() + " tin bài thay đổi" + (done.failed() > 0 ? ", " + done.failed() + " lỗi" : ""));
	}

	private boolean reclassify(long articleId) {
		ArticleView article = articles.find(articleId).orElse(null);
		if (article == null) {
			return false;
		}
		ProvinceProfile profile = profiles.current();
		var decision = classifier.classify(ArticleText.of(article.title(), article.lead(), article.body(), article.url()), profile);
		String places = String.join(", ", decision.places());
		String agencies = String.join(",", decision.agencies());
		int updated = jdbc.sql("""
				update app.classification set profile_code = ?, relevant = ?, relevance_score = ?, tone = ?, topic = ?,
				       needs_response = ?, places = ?, reasons = ?, model_version = ?, agencies = ?, classified_at = now()
				where article_id = ?
				  and (relevant, tone, topic, needs_response, places, coalesce(agencies, ''))
				      is distinct from (?, ?, ?, ?, ?, ?)""")
			.params(profile.code(), decision.relevant(), decision.relevanceScore(), decision.tone().name(),
					decision.topic().name(), decision.needsResponse(), places, String.join("\n", decision.reasons()),
					decision.modelVersion(), agencies, articleId, decision.relevant(), decision.tone().name(),
					decision.topic().name(), decision.needsResponse(), places, agencies)
			.update();
		if (updated == 1) {
			events.publishEvent(new ArticleReclassified(articleId, decision.relevant(), decision.tone(), decision.topic(),
					decision.needsResponse(), decision.places(), decision.reasons()));
		}
		return updated == 1;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
