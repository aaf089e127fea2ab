package vn.diembao.classify;

/** The bulletin an article belongs to (design §2: the four daily kinds) or OTHER. */
public enum Topic {
	LOCAL_NEWS("Tin địa phương"), DOMESTIC_AFFAIRS("Thời sự trong nước"), IT_DIGITAL("Ứng dụng CNTT"),
	ADMIN_REFORM("Cải cách hành chính"), OTHER("Khác");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The name used in files and the API: “local-news”, “negative”. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Topic ofCode(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
