package vn.diembao.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleClassifierTests {

	private static final ArticleClassifier CLASSIFIER = ArticleClassifier.standard();
	private static final ProvinceScope LAM_DONG = ProvinceScope.named("lam-dong");
	private static final ProvinceScope KHANH_HOA = ProvinceScope.named("khanh-hoa");

	@ParameterizedTest
	@ValueSource(strings = { "Đắk Nông", "Đăk Nông", "Đắc Nông", "Gia Nghĩa (Đắk Nông)", "Tà Đùng", "ĐẮK NÔNG", "Phan Thiết",
			"huyện Krông Nô", "xã Quảng Khê, tỉnh Lâm Đồng" })
	void anyNameOfTheProvinceInTheTitleMakesItRelevant(String name) {
		var decision = classify("Mưa lớn gây ngập nhiều tuyến đường ở " + name, "", "https://bao.vn/a.html", LAM_DONG);
		assertThat(decision.relevant()).isTrue();
		assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith("Tiêu đề nhắc"));
	}

	@Test
	void anUnaccentedUrlSlugCounts() {
		var decision = classify("Mưa lớn gây ngập nhiều tuyến đường", "", "https://bao.vn/mua-lon-o-dak-nong-123.html", LAM_DONG);
		assertThat(decision.relevant()).isTrue();
		assertThat(decision.reasons()).anyMatch(reason -> reason.contains("dak-nong"));
	}

	@Test
	void aPassingMentionIsNotEnough() {
		var decision = classify("Xe khách lật trên quốc lộ ở Định Quán, Đồng Nai",
				"Chiếc xe chạy tuyến TP.HCM đi Lâm Đồng thì gặp nạn, hai người tử vong.", "https://bao.vn/xe.html", LAM_DONG);
		assertThat(decision.relevant()).isFalse();
	}

	@Test
	void aProvinceInAListOfProvincesOrATownAtARoutesEndIsNamedInPassing() {
		assertThat(classify("Giá cà phê hôm nay tăng nhẹ",
				"Tại Đắk Lắk, Gia Lai, Đắk Nông và Lâm Đồng giá thu mua quanh 120.000 đồng/kg.", "https://bao.vn/f.html",
				LAM_DONG).relevant()).isFalse();
		assertThat(classify("Xe khách tuyến TP.HCM – Đà Lạt lật ở Đồng Nai", "", "https://bao.vn/g.html", LAM_DONG)
			.relevant()).isFalse();
		assertThat(classify("Thu phí cao tốc Quảng Ngãi - Nha Trang từ ngày 14/8", "", "https://bao.vn/h.html", KHANH_HOA)
			.relevant()).isFalse();
		// the province itself at one end is its own project
		assertThat(classify("Cao tốc Khánh Hòa - Buôn Ma Thuột xin điều hòa vốn", "", "https://bao.vn/i.html", KHANH_HOA)
			.relevant()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Đặc khu Phú Quý đón 50.000 lượt khách", "Huyện đảo Phú Quí đón 50.000 lượt khách" })
	void bothSpellingsOfALoneIAreOneName(String title) {
		assertThat(classify(title, "", "https://bao.vn/j.html", LAM_DONG).relevant()).isTrue();
		assertThat(Tokens.lowered("Phú Quý, kỹ sư, lý do")).isEqualTo(Tokens.lowered("Phú Quí, kĩ sư, lí do"));
		assertThat(Tokens.lowered("tay")).isNotEqualTo(Tokens.lowered("tai"));
	}

	@Test
	void theWordsLaGiAreNotThePlaceLaGi() {
		var decision = classify("Thẻ căn cước gắn chip là gì, làm ở đâu?", "Giải đáp: căn cước la gi.", "https://bao.vn/la-gi.html",
				LAM_DONG);
		assertThat(decision.relevant()).isFalse();
	}

	@Test
	void aHomonymCommuneInAnotherProvinceIsNotOurs() {
		assertThat(classify("Sạt lở đất ở xã Đăk Nông, huyện Ngọc Hồi, Kon Tum", "", "https://bao.vn/b.html", LAM_DONG)
			.relevant()).isFalse();
		assertThat(classify("Cháy nhà trọ ở phường Bình Thuận, quận 7", "", "https://bao.vn/c.html", LAM_DONG).relevant())
			.isFalse();
		assertThat(classify("Lũ cuốn trôi cầu tạm ở Krông Nô (Đắk Lắk)", "", "https://bao.vn/d.html", LAM_DONG).relevant())
			.isFalse();
	}

	@Test
	void aHomonymCountsWithASupportingCue() {
		var decision = classify("Lũ cuốn trôi cầu tạm ở Krông Nô", "Mưa lớn kéo dài ở tỉnh Đắk Nông cũ làm nhiều cầu hư hỏng.",
				"https://bao.vn/e.html", LAM_DONG);
		assertThat(decision.relevant()).isTrue();
		assertThat(decision.places()).contains("krông nô");
	}

	@Test
	void ordinaryWordsAreNotTheCommuneNhanCo() {
		var decision = classify("Tìm ra nguyên nhân cơ bản của vụ cháy", "", "https://bao.vn/f.html", LAM_DONG);
		assertThat(decision.places()).isEmpty();
	}

	@Test
	void theKhanhHoaProfileIncludesFormerNinhThuanByConfigurationAlone() {
		var decision = classify("Ninh Phước: đường liên xã xuống cấp nghiêm trọng", "Người dân xã Ninh Phước bức xúc.",
				"https://bao.vn/g.html", KHANH_HOA);
		assertThat(decision.relevant()).isTrue();
		assertThat(classify("Ninh Phước: đường liên xã xuống cấp nghiêm trọng", "", "https://bao.vn/g.html", LAM_DONG)
			.relevant()).isFalse();
	}

	@Test
	void aRelevantComplaintIsNegativeNeedsAResponseAndSuggestsAgencies() {
		var decision = classify("Dân tố nhà máy cà phê xả thải gây ô nhiễm suối ở xã Đắk Mil",
				"Người dân bức xúc vì nước suối bốc mùi hôi thối, cá chết hàng loạt, chính quyền làm ngơ.", "https://bao.vn/h.html",
				LAM_DONG);
		assertThat(decision.tone()).isEqualTo(Tone.NEGATIVE);
		assertThat(decision.needsResponse()).isTrue();
		assertThat(decision.agencies()).hasSizeLessThanOrEqualTo(3).contains("ubnd-dak-mil", "so-nnmt");
		assertThat(decision.reasons()).anyMatch(reason -> reason.contains("“ô nhiễm”"));
	}

	@Test
	void anInaugurationIsPositiveAndNeedsNoResponse() {
		var decision = classify("Khánh thành cầu mới ở Tà Đùng, Lâm Đồng",
				"Cây cầu giúp người dân đi lại thuận lợi, phát triển du lịch.", "https://bao.vn/c.html", LAM_DONG);
		assertThat(decision.tone()).isNotEqualTo(Tone.NEGATIVE);
		assertThat(decision.needsResponse()).isFalse();
		assertThat(decision.topic()).isEqualTo(Topic.LOCAL_NEWS);
	}

	@Test
	void digitalTransformationGoesToTheItBulletin() {
		assertThat(classify("Đắk Nông đẩy mạnh chuyển đổi số cấp xã", "", "https://bao.vn/d.html", LAM_DONG).topic())
			.isEqualTo(Topic.IT_DIGITAL);
	}

	@Test
	void everyDecisionRecordsTheModelVersion() {
		var decision = classify("Giá vàng hôm nay tăng mạnh", "", "https://bao.vn/v.html", LAM_DONG);
		assertThat(decision.modelVersion()).isEqualTo(CLASSIFIER.model().version());
		assertThat(decision.reasons()).anyMatch(reason -> reason.startsWith("Mô hình "));
	}

	@Test
	void oldAndNewTonePlacementAreTheSameSyllables() {
		assertThat(Tokens.lowered("Khánh Hoà, thuỷ điện, quý")).isEqualTo(Tokens.lowered("Khánh Hòa, thủy điện, quý"));
	}

	private static ArticleClassifier.Decision classify(String title, String lead, String url, ProvinceScope scope) {
		return CLASSIFIER.classify(ArticleText.of(title, lead, "", url), scope);
	}
}
