package vn.diembao.bulletin;

import java.util.Locale;
import java.util.Optional;

import vn.diembao.classify.Topic;

/** The six bulletins the department issues (design §2); the province kinds draw on articles about the province. */
public enum BulletinKind {
	PROVINCE_DAILY("Điểm báo %s hàng ngày", null, Cadence.DAILY),
	DOMESTIC_DAILY("Điểm báo Thời sự trong nước", Topic.DOMESTIC_AFFAIRS, Cadence.DAILY),
	IT_DAILY("Điểm báo Ứng dụng CNTT", Topic.IT_DIGITAL, Cadence.DAILY),
	ADMIN_REFORM_DAILY("Điểm báo Cải cách hành chính", Topic.ADMIN_REFORM, Cadence.DAILY),
	PROVINCE_WEEKLY("Điểm báo %s tuần", null, Cadence.WEEKLY),
	PROVINCE_MONTHLY("Điểm báo %s tháng", null, Cadence.MONTHLY);

	enum Cadence {
		DAILY, WEEKLY, MONTHLY
	}

	private final String titlePattern;
	private final Topic topic;
	private final Cadence cadence;

	BulletinKind(String titlePattern, Topic topic, Cadence cadence) {
		this.titlePattern = titlePattern;
		this.topic = topic;
		this.cadence = cadence;
	}

	/** The name the department uses, e.g. “Điểm báo Lâm Đồng hàng ngày”. */
	public String title(String provinceName) {
		return titlePattern.formatted(provinceName);
	}

	/** The topic of a non-province kind; empty for the province kinds, which take every relevant article. */
	public Optional<Topic> topic() {
		return Optional.ofNullable(topic);
	}

	public boolean isDaily() {
		return cadence == Cadence.DAILY;
	}

	/** Weekly and monthly editions add counts by outlet and tone and the list of negative articles. */
	public boolean hasStatistics() {
		return cadence != Cadence.DAILY;
	}

	Cadence cadence() {
		return cadence;
	}

	/** The name in URLs: “province-daily”. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static BulletinKind ofCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}
}
