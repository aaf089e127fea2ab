package vn.diembao.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a new source or a changed interval, with messages in Vietnamese for the form and the API. */
final class SourceRules {

	static final Set<String> KINDS = Set.of("RSS", "SITEMAP", "LISTING");
	static final int MIN_MINUTES = (int) PollingInterval.MIN.toMinutes();
	static final int MAX_MINUTES = (int) PollingInterval.MAX.toMinutes();

	private SourceRules() {
	}

	/** The errors of a new source, field by field; empty when it may be registered. */
	static Map<String, String> check(NewSource source, boolean outletExists) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (source.outletId() == null) {
			errors.put("outletId", "Chọn cơ quan báo chí của nguồn.");
		}
		else if (!outletExists) {
			errors.put("outletId", "Không có cơ quan báo chí số " + source.outletId() + ".");
		}
		String urlError = urlError(source.url());
		if (urlError != null) {
			errors.put("url", urlError);
		}
		if (source.kind() != null && !source.kind().isBlank() && !KINDS.contains(source.kind().trim().toUpperCase(Locale.ROOT))) {
			errors.put("kind", "Loại nguồn phải là RSS, SITEMAP hoặc LISTING.");
		}
		LinkRules rules = source.linkRules();
		if (!rules.isDefault() && !errors.containsKey("kind") && !"LISTING".equals(kindOf(source.kind()))) {
			errors.put("linkSelector", "Quy tắc chọn liên kết chỉ dùng cho nguồn loại LISTING (trang chuyên mục, thẻ, tìm kiếm).");
		}
		errors.putAll(rules.errors());
		String intervalError = intervalError(source.pollIntervalMinutes());
		if (source.pollIntervalMinutes() != null && intervalError != null) {
			errors.put("pollIntervalMinutes", intervalError);
		}
		return errors;
	}

	/** The kind as stored: upper case, RSS when blank. */
	static String kindOf(String kind) {
		return kind == null || kind.isBlank() ? "RSS" : kind.trim().toUpperCase(Locale.ROOT);
	}

	static String urlError(String url) {
		if (url == null || url.isBlank()) {
			return "Nhập địa chỉ nguồn (http:// hoặc https://).";
		}
		if (url.length() > 2000) {
			return "Địa chỉ nguồn quá dài (tối đa 2000 ký tự).";
		}
		try {
			URI uri = new URI(url.trim());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				return "Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.";
			}
			if (uri.getHost() == null || uri.getHost().isBlank()) {
				return "Địa chỉ nguồn thiếu tên miền.";
			}
			return null;
		}
		catch (URISyntaxException e) {
			return "Địa chỉ nguồn không hợp lệ: " + e.getReason() + ".";
		}
	}

	static String intervalError(Integer minutes) {
		if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			return "Chu kỳ thu thập phải từ " + MIN_MINUTES + " đến " + MAX_MINUTES + " phút.";
		}
		return null;
	}

	/** The address as stored: trimmed, scheme and host in lower case. */
	static String normalised(String url) {
		URI uri = URI.create(url.trim());
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
				+ (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
