package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.cluster.ClusterJobs;

/**
 * Retrains the model from the labelled base data, the officers' corrections and the team's written headlines (on demand
 * and nightly). A candidate is fitted without a held-back fifth of the real examples and replaces the current model
 * only if it scores no worse on that fifth (negative-tone F1 plus needs-response recall): a worse model is never
 * deployed.
 */
@Service
class ModelRetraining {

	private static final Logger log = LoggerFactory.getLogger(ModelRetraining.class);

	/** What a retrain did, for the button's message and the log. */
	record Outcome(String version, boolean deployed, double currentScore, double candidateScore, int examples,
			int corrections) {
	}

	private final JdbcClient jdbc;
	private final CurrentClassifier classifier;
	private final Path baseData;
	private final ClusterJobs cluster;

	ModelRetraining(JdbcClient jdbc, CurrentClassifier classifier,
			@Value("${diembao.classify.training-data:../shared/data/headlines-dev.jsonl}") String baseData,
			ClusterJobs cluster) {
		this.cluster = cluster;
		this.jdbc = jdbc;
		this.classifier = classifier;
		this.baseData = Path.of(baseData);
	}

	/** A model retrained earlier and proved no worse is the one to use after a restart. */
	@EventListener(ApplicationReadyEvent.class)
	void loadActiveModel() {
		jdbc.sql("select body from app.classifier_model where active").query(String.class).optional()
			.ifPresent(body -> classifier.replaceModel(read(body)));
	}

	/**
	 * A model deployed by another node (its nightly run, or an administrator's retrain there) is used here too:
	 * every node checks the active version now and then.
	 */
	@Scheduled(initialDelayString = "${diembao.classify.model-check-interval:PT1M}",
			fixedDelayString = "${diembao.classify.model-check-interval:PT1M}")
	void followActiveModel() {
		String active;
		try {
			active = jdbc.sql("select version from app.classifier_model where active").query(String.class).optional()
				.orElse(null);
		}
		catch (org.springframework.dao.DataAccessException unavailable) {
			log.warn("Chưa kiểm tra được mô hình đang dùng: {}", unavailable.getMessage());
			return;
		}
		if (active != null && !active.equals(classifier.model().version())) {
			loadActiveModel();
			log.info("Dùng mô hình {} do nút khác huấn luyện", active);
		}
	}

	/** Nightly, on one node of the cluster. */
	@Scheduled(cron = "${diembao.classify.retrain-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		if (!cluster.claimToday("classify.nightly-retraining")) {
			return;
		}
		Outcome outcome = retrain("lịch hằng đêm");
		log.info("Huấn luyện lại mô hình: {}", outcome);
	}

	@Transactional
	Outcome retrain(String by) {
		// one retraining at a time in the whole cluster: two at once would race for “active” and for the version name
		jdbc.sql("select pg_advisory_xact_lock(hashtext('classify.retraining'))").query((rs, i) -> true).list();
		List<Headline> base = baseExamples();
		List<Headline> corrections = jdbc.sql("""
				select c.article_id, c.profile_code, c.title, c.lead, c.url, c.relevant, c.tone, c.topic, c.needs_response,
				       t.field, t.after
				from app.triage_correction t join app.classification c on c.article_id = t.article_id
				order by t.id""")
			.query((rs, i) -> CorrectionExample.toHeadline(rs))
			.list();
		List<Headline> all = new ArrayList<>(base);
		all.addAll(corrections);
		Training training = new Training(classifier.base(), 42);
		List<ModelTrainer.Example> train = new ArrayList<>();
		List<Headline> held = new ArrayList<>();
		for (Headline headline : all) {
			if (Math.floorMod((headline.id() + headline.title()).hashCode(), 5) == 0) {
				held.add(headline);
			}
			else {
				train.add(training.example(headline));
			}
		}
		String version = freeVersionName("lr-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
				+ "-n" + all.size());
		LinearModel candidate = training.fit(train, version);
		double currentScore = score(classifier.base(), held);
		double candidateScore = score(classifier.base().withModel(candidate), held);
		boolean deployed = !held.isEmpty() && candidateScore >= currentScore;
		if (deployed) {
			jdbc.sql("update app.classifier_model set active = false where active").update();
		}
		jdbc.sql("""
				insert into app.classifier_model (version, body, active, examples, corrections, current_score,
				       candidate_score, trained_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(version, write(candidate), deployed, all.size(), corrections.size(), currentScore, candidateScore, by)
			.update();
		if (deployed) {
			classifier.replaceModel(candidate);
		}
		return new Outcome(version, deployed, currentScore, candidateScore, all.size(), corrections.size());
	}

	/** The name, or the name with -2, -3… when a retraining in the same second already took it. */
	private String freeVersionName(String name) {
		String version = name;
		for (int n = 2; jdbc.sql("select exists (select 1 from app.classifier_model where version = ?)").param(version)
			.query(Boolean.class).single(); n++) {
			version = name + "-" + n;
		}
		return version;
	}

	private List<Headline> baseExamples() {
		try {
			return Files.exists(baseData) ? Headline.readAll(baseData).stream().filter(Headline::labelled).toList() : List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Không đọc được dữ liệu gán nhãn " + baseData, e);
		}
	}

	private static double score(ArticleClassifier model, List<Headline> held) {
		Evaluation evaluation = new Evaluation(ProvinceScope.named("lam-dong"));
		for (Headline headline : held) {
			evaluation.add(headline, model.classify(headline.text(), Training.scopeOf(headline.relevantTo())));
		}
		return evaluation.get("tone:negative").f1() + evaluation.get("needs_response").recall();
	}

	private static String write(LinearModel model) {
		StringWriter out = new StringWriter();
		try {
			model.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static LinearModel read(String body) {
		try {
			return LinearModel.read(new BufferedReader(new StringReader(body)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
