package vn.diembao.classify;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An officer's correction as a labelled example: the stored classification with the corrected field set to the
 * officer's value. Fields the officer did not touch keep the classifier's own labels, which is what was accepted.
 */
final class CorrectionExample {

	private CorrectionExample() {
	}

	static Headline toHeadline(ResultSet rs) throws SQLException {
		String field = rs.getString("field");
		String after = rs.getString("after");
		boolean relevant = "relevant".equals(field) ? Boolean.parseBoolean(after) : rs.getBoolean("relevant");
		String tone = "tone".equals(field) ? after.toLowerCase() : Tone.valueOf(rs.getString("tone")).code();
		String topic = "topic".equals(field) ? Topic.ofCode(after).code() : Topic.valueOf(rs.getString("topic")).code();
		boolean needsResponse = "needs_response".equals(field) ? Boolean.parseBoolean(after) : rs.getBoolean("needs_response");
		return new Headline("correction-" + rs.getLong("article_id"), rs.getString("title"), rs.getString("lead"), null,
				null, rs.getString("url"), null, relevant ? label(rs.getString("profile_code")) : null, tone, needsResponse, topic);
	}

	/** A label of the classification's own profile, so training sees it as relevant to that profile. */
	private static String label(String profileCode) {
		return ProvinceScope.byCode(profileCode).labels().iterator().next();
	}
}
