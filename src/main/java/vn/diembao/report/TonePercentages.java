package vn.diembao.report;

/**
 * The report's two buckets as whole percentages that always sum to 100: “tích cực” (positive and neutral) and “tồn
 * tại, hạn chế” (negative). A bucket that has articles never shows 0 %, and one that lacks some never shows 100 %,
 * so the rounding cannot hide the only negative article of a month.
 */
public record TonePercentages(int positive, int negative) {

	static TonePercentages of(long positiveOrNeutral, long negative) {
		long total = positiveOrNeutral + negative;
		if (total == 0) {
			return new TonePercentages(0, 0);
		}
		// half up, in integers: 15 of 400 → 3.75 → 4; 1 of 8 → 12.5 → 13
		int negativeShare = (int) ((negative * 200 + total) / (total * 2));
		if (negative > 0 && negativeShare == 0) {
			negativeShare = 1;
		}
		if (positiveOrNeutral > 0 && negativeShare == 100) {
			negativeShare = 99;
		}
		return new TonePercentages(100 - negativeShare, negativeShare);
	}

	public boolean empty() {
		return positive + negative == 0;
	}
}
