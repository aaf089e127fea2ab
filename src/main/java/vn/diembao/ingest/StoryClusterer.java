package vn.diembao.ingest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts each new article into a story: the story of an article with the same text (exact content hash), else of the
 * most similar article (MinHash) published within {@link #WINDOW} of it, else a new story of its own.
 */
@Component
class StoryClusterer {

	static final Duration WINDOW = Duration.ofDays(7);

	private final JdbcClient jdbc;

	StoryClusterer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Called in the transaction that stored the article; returns its cluster's id. */
	long assign(long articleId, String title, String text, String contentHash, Instant storyAt) {
		Optional<int[]> signature = MinHash.signature(text);
		Timestamp from = Timestamp.from(storyAt.minus(WINDOW));
		Timestamp to = Timestamp.from(storyAt.plus(WINDOW));
		Optional<Long> cluster = jdbc.sql("""
				select cluster_id from app.article
				where content_hash = ? and id <> ? and cluster_id is not null
				  and coalesce(published_at, fetched_at) between ? and ?
				order by id limit 1""")
			.params(contentHash, articleId, from, to)
			.query(Long.class)
			.optional();
		if (cluster.isEmpty() && signature.isPresent()) {
			cluster = mostSimilar(signature.get(), articleId, from, to);
		}
		long clusterId = cluster.orElseGet(() -> jdbc.sql("""
				insert into app.story_cluster (title, first_article_id) values (?, ?) returning id""")
			.params(title, articleId).query(Long.class).single());
		jdbc.sql("update app.article set cluster_id = ?, minhash = ? where id = ?")
			.params(clusterId, signature.map(MinHash::toBytes).orElse(null), articleId)
			.update();
		jdbc.sql("update app.story_cluster set article_count = article_count + 1, last_article_at = now() where id = ?")
			.param(clusterId)
			.update();
		signature.ifPresent(s -> index(articleId, s, storyAt));
		return clusterId;
	}

	private Optional<Long> mostSimilar(int[] signature, long articleId, Timestamp from, Timestamp to) {
		long[] buckets = MinHash.bands(signature);
		List<Object> params = new ArrayList<>(List.of(from, to));
		StringBuilder anyBand = new StringBuilder();
		for (int band = 0; band < buckets.length; band++) {
			anyBand.append(band == 0 ? "" : " or ").append("(b.band = ? and b.bucket = ?)");
			params.add(band);
			params.add(buckets[band]);
		}
		params.add(articleId);
		record Candidate(long clusterId, byte[] minhash) {
		}
		List<Candidate> candidates = jdbc.sql("""
				select a.cluster_id, a.minhash from app.article a
				where a.id in (select b.article_id from app.article_minhash_band b
				               where b.story_at between ? and ? and (%s))
				  and a.id <> ? and a.cluster_id is not null and a.minhash is not null
				limit 200""".formatted(anyBand))
			.params(params)
			.query((rs, i) -> new Candidate(rs.getLong(1), rs.getBytes(2)))
			.list();
		Candidate best = null;
		double bestSimilarity = MinHash.SAME_STORY;
		for (Candidate candidate : candidates) {
			double similarity = MinHash.similarity(signature, MinHash.fromBytes(candidate.minhash()));
			if (similarity >= bestSimilarity) {
				best = candidate;
				bestSimilarity = similarity;
			}
		}
		return Optional.ofNullable(best).map(Candidate::clusterId);
	}

	private void index(long articleId, int[] signature, Instant storyAt) {
		long[] buckets = MinHash.bands(signature);
		for (int band = 0; band < buckets.length; band++) {
			jdbc.sql("insert into app.article_minhash_band (band, bucket, article_id, story_at) values (?, ?, ?, ?) on conflict do nothing")
				.params(band, buckets[band], articleId, Timestamp.from(storyAt))
				.update();
		}
	}
}
