package vn.diembao.ingest;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One URL per article: no fragment, no tracking parameters, lower-case scheme and host. */
final class CanonicalUrls {

	private CanonicalUrls() {
	}

	static URI canonical(URI uri) {
		String query = uri.getRawQuery() == null ? null
				: Arrays.stream(uri.getRawQuery().split("&"))
					.filter(p -> !p.isEmpty())
					.filter(p -> !p.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|fbclid|gclid|zarsrc|gidzl)(=.*)?"))
					.collect(Collectors.joining("&"));
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new FetchException("Địa chỉ bài viết không hợp lệ: " + uri);
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
				+ (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path
				+ (query == null || query.isEmpty() ? "" : "?" + query));
	}
}
