package vn.diembao.classify;

/** NEGATIVE = “phản ánh thông tin tồn tại, hạn chế của địa phương”; NEUTRAL counts as positive in reports. */
public enum Tone {
	POSITIVE("Tích cực"), NEUTRAL("Trung tính"), NEGATIVE("Tồn tại, hạn chế");

	private final String label;

	Tone(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The name used in files and the API: “local-news”, “negative”. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Tone ofCode(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
