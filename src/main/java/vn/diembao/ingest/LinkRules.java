package vn.diembao.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jsoup.select.QueryParser;

/**
 * How a LISTING source picks its article links, as data an administrator edits: {@code selector} is a CSS selector
 * (jsoup syntax) for the links or for the blocks holding them; {@code include} and {@code exclude} are regular
 * expressions a link's absolute address must (or must not) contain. Blank parts mean the default rule.
 */
record LinkRules(String selector, String include, String exclude) {

	static final LinkRules DEFAULT = new LinkRules(null, null, null);
	static final int MAX_LENGTH = 500;

	LinkRules {
		selector = blankToNull(selector);
		include = blankToNull(include);
		exclude = blankToNull(exclude);
	}

	boolean isDefault() {
		return selector == null && include == null && exclude == null;
	}

	Pattern includePattern() {
		return include == null ? null : Pattern.compile(include);
	}

	Pattern excludePattern() {
		return exclude == null ? null : Pattern.compile(exclude);
	}

	/** What is wrong with the rules, field by field (linkSelector, linkInclude, linkExclude); empty when they are usable. */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (selector != null) {
			if (selector.length() > MAX_LENGTH) {
				errors.put("linkSelector", "Bộ chọn CSS quá dài (tối đa " + MAX_LENGTH + " ký tự).");
			}
			else {
				try {
					QueryParser.parse(selector);
				}
				catch (IllegalArgumentException | IllegalStateException e) {
					// Selector.SelectorParseException is an IllegalStateException
					errors.put("linkSelector", "Bộ chọn CSS không hợp lệ: " + selector + " (" + e.getMessage() + ").");
				}
			}
		}
		regexError("linkInclude", "Biểu thức lọc liên kết cần có", include, errors);
		regexError("linkExclude", "Biểu thức loại trừ liên kết", exclude, errors);
		return errors;
	}

	private static void regexError(String field, String label, String regex, Map<String, String> errors) {
		if (regex == null) {
			return;
		}
		if (regex.length() > MAX_LENGTH) {
			errors.put(field, label + " quá dài (tối đa " + MAX_LENGTH + " ký tự).");
			return;
		}
		try {
			Pattern.compile(regex);
		}
		catch (PatternSyntaxException e) {
			errors.put(field, label + " không hợp lệ: " + e.getDescription() + " (vị trí " + e.getIndex() + ").");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
