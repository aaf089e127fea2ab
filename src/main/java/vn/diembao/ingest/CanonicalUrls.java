package vn.diembao.ingest;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One URL per article: no fragment, no tracking parameters, lower-case scheme and host, no default port, no trailing
 * slash, and the desktop page instead of its AMP or mobile copy (amp./m. hosts, /amp paths, amp parameters), so a
 * story linked from two feeds in two forms is fetched and stored once.
 */
final class CanonicalUrls {

	private static final Pattern TRACKING = Pattern.compile("(utm_[a-z]+|fbclid|gclid|zarsrc|gidzl|amp|outputtype=amp)(=.*)?");
	private static final Pattern MOBILE_HOST = Pattern.compile("^(amp|m|mobile)\\.(?=[^.]+\\.[^.]+)");

	private CanonicalUrls() {
	}

	static URI canonical(URI uri) {
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new FetchException("Địa chỉ bài viết không hợp lệ: " + uri);
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = MOBILE_HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).replaceFirst("");
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
		String query = uri.getRawQuery() == null ? null
				: Arrays.stream(uri.getRawQuery().split("&"))
					.filter(p -> !p.isEmpty())
					.filter(p -> !TRACKING.matcher(p.toLowerCase(Locale.ROOT)).matches())
					.collect(Collectors.joining("&"));
		return URI.create(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path(uri.getRawPath())
				+ (query == null || query.isEmpty() ? "" : "?" + query));
	}

	private static String path(String rawPath) {
		String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
		if (path.startsWith("/amp/")) {
			path = path.substring(4);
		}
		path = path.replaceFirst("/amp/?$", "/").replaceFirst("\\.amp(\\.html?)$", "$1");
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}
}
