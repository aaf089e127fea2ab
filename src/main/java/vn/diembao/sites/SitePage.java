package vn.diembao.sites;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import vn.diembao.ingest.FetchException;
import vn.diembao.ingest.FetchedResource;
import vn.diembao.ingest.SafeFetcher;

/**
 * One page of a site fetched through the ingest module's {@link SafeFetcher} (the system's only HTTP client), or why
 * it could not be: {@code tlsFailure} tells a certificate or handshake problem from a site that is simply down.
 */
record SitePage(URI uri, Document document, Duration elapsed, Instant certificateExpiresAt, String failure,
		boolean tlsFailure) {

	static SitePage fetch(SafeFetcher fetcher, String url) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException e) {
			return new SitePage(null, null, null, null, "Địa chỉ không hợp lệ: " + url, false);
		}
		try {
			FetchedResource resource = fetcher.fetch(uri);
			String html = new String(resource.body(), resource.declaredCharset().orElse(StandardCharsets.UTF_8));
			Document document = Jsoup.parse(html, resource.finalUri().toString());
			return new SitePage(resource.finalUri(), document, resource.elapsed(), resource.certificateExpiresAt(), null, false);
		}
		catch (FetchException e) {
			return new SitePage(uri, null, null, null, e.getMessage(), causedBySsl(e));
		}
	}

	boolean ok() {
		return document != null;
	}

	boolean https() {
		return uri != null && "https".equalsIgnoreCase(uri.getScheme());
	}

	private static boolean causedBySsl(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException || cause instanceof java.security.cert.CertificateException) {
				return true;
			}
		}
		return false;
	}
}
