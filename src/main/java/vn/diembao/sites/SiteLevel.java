package vn.diembao.sites;

import java.util.Locale;
import java.util.Optional;

import vn.diembao.shared.text.VietnameseText;

/**
 * The level of government a website belongs to. {@code footnoteLabel} is the wording of the monthly report's
 * footnote (seed 000, footnote 7), which also fixes the order of the breakdown.
 */
public enum SiteLevel {

	PROVINCE("Tỉnh", "Cổng TTĐT tỉnh"),
	DEPARTMENT("Sở, ngành", "Trang TTĐT các Sở, ngành"),
	DISTRICT("Huyện, thành phố", "trang TTĐT UBND các huyện thành phố"),
	COMMUNE("Xã, phường, thị trấn", "trang thông tin điện tử của UBND các xã phường thị trấn");

	private final String label;
	private final String footnoteLabel;

	SiteLevel(String label, String footnoteLabel) {
		this.label = label;
		this.footnoteLabel = footnoteLabel;
	}

	public String label() {
		return label;
	}

	public String footnoteLabel() {
		return footnoteLabel;
	}

	/** Reads a level as an import file writes it: the code or a Vietnamese word (tỉnh, sở, huyện, xã…). */
	static Optional<SiteLevel> parse(String text) {
		String folded = VietnameseText.fold(text);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		for (SiteLevel level : values()) {
			if (level.name().equalsIgnoreCase(text.trim()) || VietnameseText.fold(level.label).equals(folded)) {
				return Optional.of(level);
			}
		}
		String first = folded.split(" ")[0].toLowerCase(Locale.ROOT);
		return switch (first) {
			case "tinh", "cong" -> Optional.of(PROVINCE);
			case "so", "nganh", "ban" -> Optional.of(DEPARTMENT);
			case "huyen", "thanh", "thi" -> Optional.of(DISTRICT);
			case "xa", "phuong", "dac" -> Optional.of(COMMUNE);
			default -> Optional.empty();
		};
	}
}
