package vn.diembao.classify;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.diembao.directory.ProvinceProfile;
import vn.diembao.directory.ProvinceProfile.Kind;
import vn.diembao.directory.ProvinceProfile.ProvinceName;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleClassifierTests {

	private static final ProvinceProfile LAM_DONG = new ProvinceProfile("LDO", "Lâm Đồng", List.of(
			new ProvinceName("Lâm Đồng", Kind.PROVINCE), new ProvinceName("Đắk Nông", Kind.FORMER_PROVINCE),
			new ProvinceName("Đăk Nông", Kind.FORMER_PROVINCE), new ProvinceName("Đắc Nông", Kind.FORMER_PROVINCE),
			new ProvinceName("Dak Nong", Kind.FORMER_PROVINCE), new ProvinceName("Gia Nghĩa", Kind.PLACE),
			new ProvinceName("Tà Đùng", Kind.PLACE), new ProvinceName("La Gi", Kind.PLACE)));

	private final ArticleClassifier classifier = new ArticleClassifier(Lexicon.load("classify/tone-cues.csv"),
			Lexicon.load("classify/needs-response-cues.csv"));

	@ParameterizedTest
	@ValueSource(strings = { "Đắk Nông", "Đăk Nông", "Đắc Nông", "Gia Nghĩa", "Tà Đùng", "ĐẮK NÔNG" })
	void anyNameOfTheProvinceInTheTitleMakesItRelevant(String name) {
		var decision = classify("Mưa lớn gây ngập nhiều tuyến đường ở " + name, "", "", "https://bao.vn/a.html");
		assertThat(decision.relevant()).isTrue();
		assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith("Tiêu đề nhắc"));
	}

	@Test
	void anUnaccentedUrlSlugCounts() {
		var decision = classify("Mưa lớn gây ngập nhiều tuyến đường", "", "", "https://bao.vn/mua-lon-o-dak-nong-123.html");
		assertThat(decision.relevant()).isTrue();
		assertThat(decision.places()).contains("Dak Nong");
	}

	@Test
	void aPassingMentionInTheBodyIsNotEnough() {
		var decision = classify("Xe khách lật trên quốc lộ ở Định Quán", "Hai người tử vong.",
				"Chiếc xe chạy tuyến TP.HCM đi Lâm Đồng thì gặp nạn.", "https://bao.vn/xe.html");
		assertThat(decision.relevant()).isFalse();
	}

	@Test
	void theWordsLaGiAreNotThePlaceLaGi() {
		var decision = classify("Thẻ căn cước gắn chip là gì, làm ở đâu?", "Giải đáp: căn cước là gì.", "", "https://bao.vn/la-gi.html");
		assertThat(decision.places()).doesNotContain("La Gi");
	}

	@Test
	void aRelevantComplaintIsNegativeAndNeedsAResponse() {
		var decision = classify("Dân tố nhà máy cà phê xả thải ra suối ở Gia Nghĩa",
				"Người dân bức xúc vì nước suối bốc mùi, cá chết.", "", "https://bao.vn/b.html");
		assertThat(decision.tone()).isEqualTo(Tone.NEGATIVE);
		assertThat(decision.needsResponse()).isTrue();
		assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith("Cần phản hồi"));
	}

	@Test
	void anInaugurationIsPositiveAndNeedsNoResponse() {
		var decision = classify("Khánh thành cầu mới ở Tà Đùng", "Cây cầu giúp người dân đi lại thuận lợi, phát triển du lịch.",
				"", "https://bao.vn/c.html");
		assertThat(decision.tone()).isEqualTo(Tone.POSITIVE);
		assertThat(decision.needsResponse()).isFalse();
		assertThat(decision.topic()).isEqualTo(Topic.LOCAL_NEWS);
	}

	@Test
	void digitalTransformationGoesToTheItBulletin() {
		var decision = classify("Đắk Nông đẩy mạnh chuyển đổi số cấp xã", "", "", "https://bao.vn/d.html");
		assertThat(decision.topic()).isEqualTo(Topic.IT_DIGITAL);
	}

	private ArticleClassifier.Decision classify(String title, String lead, String body, String url) {
		return classifier.classify(ArticleText.of(title, lead, body, url), LAM_DONG);
	}
}
