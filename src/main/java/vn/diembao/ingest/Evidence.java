package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Snapshots of fetched article pages, kept gzip-compressed and immutable (the database refuses updates and
 * deletes), so a case or a verdict can cite exactly what the outlet published and when.
 */
@Service
public class Evidence {

	private final JdbcClient jdbc;

	Evidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ArticleSnapshot> snapshot(long articleId) {
		return jdbc.sql("""
				select article_id, url, fetched_at, content_type, sha256, size_bytes from app.article_snapshot
				where article_id = ?""")
			.param(articleId)
			.query(ArticleSnapshot.class)
			.optional();
	}

	/** The page's bytes exactly as fetched (after transfer decoding), never interpreted. */
	public Optional<byte[]> content(long articleId) {
		return jdbc.sql("select content_gzip from app.article_snapshot where article_id = ?")
			.param(articleId)
			.query((rs, i) -> gunzip(rs.getBytes(1)))
			.optional();
	}

	/** Stores the snapshot of a newly stored article, in that article's transaction. */
	void save(long articleId, FetchedResource page, Instant fetchedAt) {
		jdbc.sql("""
				insert into app.article_snapshot (article_id, url, fetched_at, content_type, sha256, size_bytes, content_gzip)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""")
			.params(articleId, page.finalUri().toString(), Timestamp.from(fetchedAt), page.contentType(),
					sha256(page.body()), page.body().length, gzip(page.body()))
			.update();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
