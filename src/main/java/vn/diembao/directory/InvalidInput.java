package vn.diembao.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input an administrator must correct, with one Vietnamese message per field (shown next to the field). */
class InvalidInput extends IllegalArgumentException {

	private final Map<String, String> fields;

	InvalidInput(Map<String, String> fields) {
		super(String.join(" ", fields.values()));
		this.fields = Map.copyOf(fields);
	}

	Map<String, String> fields() {
		return fields;
	}

	/** Collects problems field by field; {@link #throwIfAny()} ends the validation. */
	static final class Check {

		private final Map<String, String> problems = new LinkedHashMap<>();

		Check require(String field, String value, String message) {
			if (value == null || value.isBlank()) {
				problems.putIfAbsent(field, message);
			}
			return this;
		}

		Check that(boolean ok, String field, String message) {
			if (!ok) {
				problems.putIfAbsent(field, message);
			}
			return this;
		}

		Check email(String field, String value) {
			if (value != null && !value.isBlank() && !Emails.isValid(value.trim())) {
				problems.putIfAbsent(field, "Địa chỉ e-mail “" + value.trim() + "” không hợp lệ.");
			}
			return this;
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
	}
}
