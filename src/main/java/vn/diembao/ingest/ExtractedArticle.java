package vn.diembao.ingest;

import java.time.Instant;

/** What extraction found on an article page; {@code method} records which strategies contributed. */
record ExtractedArticle(String title, String lead, String body, String author, Instant publishedAt, String method) {
}
