package vn.diembao.sites;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The monthly report's banner sentence and its footnote, worded as in the department's report (seed 000):
 * “Hiện tại có 48 Trang thông tin điện tử của cơ quan nhà nước trong tỉnh⁷ đặt banner tuyên truyền” with the
 * footnote “23/27 Trang TTĐT các Sở, ngành, 7/8 trang TTĐT UBND các huyện thành phố, 18/70 trang thông tin điện tử
 * của UBND các xã phường thị trấn.” A level with no registered site is left out of the footnote.
 *
 * @param withBanner sites that carry a campaign banner, all levels together
 * @param levels the breakdown by level, in the footnote's order
 */
public record BannerSentence(int withBanner, List<LevelCount> levels) {

	/** Sites with a banner out of the registered sites of one level. */
	public record LevelCount(SiteLevel level, int withBanner, int total) {

		String phrase() {
			return withBanner + "/" + total + " " + level.footnoteLabel();
		}
	}

	/** The sentence without a footnote marker and without final punctuation (the report goes on after a semicolon). */
	public String text() {
		return text("");
	}

	/** The sentence with the report's footnote marker (a number or a superscript) after “trong tỉnh”. */
	public String text(String footnoteMarker) {
		return "Hiện tại có " + withBanner + " Trang thông tin điện tử của cơ quan nhà nước trong tỉnh" + footnoteMarker
				+ " đặt banner tuyên truyền";
	}

	/** The footnote's text, a full sentence. */
	public String footnote() {
		return levels.stream().map(LevelCount::phrase).collect(Collectors.joining(", ")) + ".";
	}
}
