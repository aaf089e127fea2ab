package vn.diembao.triage;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marks are placed where PostgreSQL's folded match is, on the original text. */
class HighlighterTests {

	@Test
	void marksWholeWordsWhateverTheirCaseAndDiacritics() {
		assertThat(marked(new Highlighter("dak nong").segments("ĐẮK NÔNG và Đắk Nông; nôngnghiệp")))
			.containsExactly("ĐẮK", "NÔNG", "Đắk", "Nông");
	}

	@Test
	void decomposedTextKeepsItsMarksInsideTheHighlight() {
		String nfd = Normalizer.normalize("Sạt lở ở Đà Lạt", Normalizer.Form.NFD);
		assertThat(marked(new Highlighter("da lat").segments(nfd)))
			.containsExactly(Normalizer.normalize("Đà", Normalizer.Form.NFD), Normalizer.normalize("Lạt", Normalizer.Form.NFD));
	}

	@Test
	void excludedTermsAreNotMarkedAndTheExcerptWindowsTheFirstMatch() {
		String text = "Mở đầu. ".repeat(100) + "Cát tặc hút cát trên sông Đồng Nai. " + "Kết thúc. ".repeat(100);
		List<Highlighter.Segment> excerpt = new Highlighter("cat -song").excerpt(text);
		assertThat(marked(excerpt)).containsExactly("Cát", "cát");
		assertThat(excerpt.get(0).text()).isEqualTo("… ");
		assertThat(excerpt.get(excerpt.size() - 1).text()).isEqualTo(" …");
		assertThat(new Highlighter("vang").excerpt(text)).isEmpty();
	}

	private static List<String> marked(List<Highlighter.Segment> segments) {
		return segments.stream().filter(Highlighter.Segment::match).map(Highlighter.Segment::text).toList();
	}
}
