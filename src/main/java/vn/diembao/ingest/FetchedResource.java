package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A response body with what we need to interpret it; {@code notModified} when a conditional GET hit.
 * {@code redirectTarget} is set only on the intermediate responses of a redirect chain.
 */
public record FetchedResource(URI finalUri, int status, String contentType, byte[] body, String etag,
		String lastModified, String redirectTarget, String retryAfter) {

	public FetchedResource(URI finalUri, int status, String contentType, byte[] body, String etag, String lastModified,
			String redirectTarget) {
		this(finalUri, status, contentType, body, etag, lastModified, redirectTarget, null);
	}

	static FetchedResource redirect(URI uri, int status, String location) {
		return new FetchedResource(uri, status, null, new byte[0], null, null, location, null);
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
