package vn.diembao.ingest;

import java.util.Map;

/** A source was refused; {@code errors} maps each offending field to a message an administrator can act on. */
public class InvalidSourceException extends RuntimeException {

	private final Map<String, String> errors;
	private final boolean duplicate;

	InvalidSourceException(Map<String, String> errors, boolean duplicate) {
		super(String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
		this.duplicate = duplicate;
	}

	public Map<String, String> errors() {
		return errors;
	}

	/** The source's address is already registered: a conflict rather than bad input. */
	public boolean duplicate() {
		return duplicate;
	}
}
