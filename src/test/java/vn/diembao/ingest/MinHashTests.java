package vn.diembao.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTests {

	private static final String STORY = String.join(" ", StoryClusterTests.STORY);

	@Test
	void aSmallEditKeepsTheTextsSimilar() {
		int[] a = MinHash.signature(STORY).orElseThrow();
		int[] b = MinHash.signature(STORY.replace("hơn 100 hoạt động", "trên 100 hoạt động") + " (Theo TTXVN)").orElseThrow();
		assertThat(MinHash.similarity(a, b)).isGreaterThan(0.8);
	}

	@Test
	void differentStoriesAreNotSimilar() {
		int[] a = MinHash.signature(STORY).orElseThrow();
		int[] b = MinHash.signature(String.join(" ", StoryClusterTests.OTHER_STORY)).orElseThrow();
		assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
	}

	@Test
	void aShortTextHasNoSignature() {
		assertThat(MinHash.signature("Video đang được cập nhật")).isEmpty();
	}

	@Test
	void theSignatureSurvivesStorage() {
		int[] a = MinHash.signature(STORY).orElseThrow();
		assertThat(MinHash.fromBytes(MinHash.toBytes(a))).containsExactly(a);
	}
}
