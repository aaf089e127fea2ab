package vn.diembao.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TonePercentagesTests {

	@ParameterizedTest(name = "{0} positive or neutral, {1} negative → {2} % / {3} %")
	@CsvSource({ "340, 60, 85, 15", "360, 40, 90, 10", "385, 15, 96, 4", "7, 1, 87, 13", "2, 1, 67, 33",
			"1, 1, 50, 50", "399, 1, 99, 1", "1, 399, 1, 99", "0, 5, 0, 100", "5, 0, 100, 0", "993, 7, 99, 1",
			"995, 5, 99, 1", "333, 667, 33, 67" })
	void theTwoSharesAreRoundedAndSumToOneHundred(long positive, long negative, int positiveShare, int negativeShare) {
		TonePercentages shares = TonePercentages.of(positive, negative);
		assertThat(shares).isEqualTo(new TonePercentages(positiveShare, negativeShare));
		assertThat(shares.positive() + shares.negative()).isEqualTo(100);
	}

	@Test
	void everySplitOfUpToTwoThousandArticlesSumsToOneHundred() {
		for (long total = 1; total <= 2000; total++) {
			for (long negative = 0; negative <= total; negative++) {
				TonePercentages shares = TonePercentages.of(total - negative, negative);
				assertThat(shares.positive() + shares.negative()).isEqualTo(100);
				assertThat(shares.negative() == 0).isEqualTo(negative == 0);
				assertThat(shares.positive() == 0).isEqualTo(negative == total);
			}
		}
	}

	@Test
	void aPeriodWithoutArticlesHasNoShares() {
		assertThat(TonePercentages.of(0, 0).empty()).isTrue();
	}
}
