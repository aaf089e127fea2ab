package vn.diembao.classify;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.diembao.shared.text.VietnameseText;
import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenHeadlinesTests {

	private final List<Headline> written = WrittenHeadlines.load();

	@Test
	void everyHeadlineIsLabelledByTheGuide() {
		assertThat(written).hasSizeGreaterThan(1500);
		assertThat(written).allSatisfy(headline -> {
			assertThat(headline.title()).isNotBlank().isEqualTo(Normalizer.normalize(headline.title(), Normalizer.Form.NFC));
			assertThat(headline.sentiment()).isIn("positive", "neutral", "negative");
			assertThat(Topic.ofCode(headline.topic()).code()).isEqualTo(headline.topic());
			// the guide: cần phản hồi only for a negative piece about one of the provinces
			if (Boolean.TRUE.equals(headline.needsResponse())) {
				assertThat(headline.relevantTo()).isNotNull();
				assertThat(headline.sentiment()).isEqualTo("negative");
			}
		});
		assertThat(written.stream().map(Headline::id).distinct()).hasSameSizeAs(written);
	}

	@Test
	void sharesNoHeadlineWithTheDevSetItIsMeasuredOn() throws Exception {
		List<Headline> dev = Headline.readAll(SharedData.require("data/headlines-dev.jsonl"));
		Set<String> devTitles = dev.stream().map(h -> VietnameseText.fold(h.title())).collect(Collectors.toSet());

		assertThat(written).noneMatch(h -> devTitles.contains(VietnameseText.fold(h.title())));
	}
}
