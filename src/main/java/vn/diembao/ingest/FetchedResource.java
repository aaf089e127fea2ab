package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A response body with what we need to interpret it; {@code notModified} when a conditional GET hit.
 * {@code redirectTarget} is set only on the intermediate responses of a redirect chain. {@code elapsed} is the time
 * from sending the request to the last byte of the body (no politeness wait, no robots.txt); over HTTPS
 * {@code certificateExpiresAt} is when the server's certificate stops being valid (null over plain HTTP).
 */
public record FetchedResource(URI finalUri, int status, String contentType, byte[] body, String etag,
		String lastModified, String redirectTarget, String retryAfter, Duration elapsed, Instant certificateExpiresAt) {

	public FetchedResource(URI finalUri, int status, String contentType, byte[] body, String etag, String lastModified,
			String redirectTarget, String retryAfter) {
		this(finalUri, status, contentType, body, etag, lastModified, redirectTarget, retryAfter, null, null);
	}

	public FetchedResource(URI finalUri, int status, String contentType, byte[] body, String etag, String lastModified,
			String redirectTarget) {
		this(finalUri, status, contentType, body, etag, lastModified, redirectTarget, null, null, null);
	}

	static FetchedResource redirect(URI uri, int status, String location) {
		return new FetchedResource(uri, status, null, new byte[0], null, null, location, null, null, null);
	}

	public boolean notModified() {
		return status == 304;
	}

	/** The charset declared in the Content-Type header, if any and if known to the JVM. */
	public Optional<Charset> declaredCharset() {
		if (contentType == null) {
			return Optional.empty();
		}
		for (String part : contentType.split(";")) {
			String p = part.trim();
			if (p.regionMatches(true, 0, "charset=", 0, 8)) {
				try {
					return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
				}
				catch (IllegalArgumentException unknown) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}
}
