package vn.diembao.classify;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With several nodes, a model deployed by one of them (nightly run or an officer's retrain) is used by all. */
@DiembaoTest
class ModelFollowingTests {

	@Autowired
	ModelRetraining retraining;

	@Autowired
	CurrentClassifier classifier;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aModelDeployedByAnotherNodeIsPickedUp() throws IOException {
		LinearModel mine = classifier.model();
		List<String> previouslyActive = jdbc.sql("select version from app.classifier_model where active")
			.query(String.class).list();
		StringWriter body = new StringWriter();
		mine.write(body);
		String otherVersion = "lr-other-node-" + System.nanoTime();
		try {
			// what the other node's retraining commits
			jdbc.sql("update app.classifier_model set active = false where active").update();
			jdbc.sql("""
					insert into app.classifier_model (version, body, active, examples, corrections, trained_by)
					values (?, ?, true, 0, 0, 'nút khác')""")
				.params(otherVersion, body.toString().replace("version\t" + mine.version(), "version\t" + otherVersion))
				.update();

			retraining.followActiveModel();

			assertThat(classifier.model().version()).isEqualTo(otherVersion);
		}
		finally {
			jdbc.sql("delete from app.classifier_model where version = ?").param(otherVersion).update();
			previouslyActive.forEach(version -> jdbc.sql("update app.classifier_model set active = true where version = ?")
				.param(version).update());
			classifier.replaceModel(mine);
		}
	}
}
