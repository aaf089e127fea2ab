package vn.diembao.ingest;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalUrlsTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			https://vnexpress.net/da-lat-don-khach-4812017.html?utm_source=rss&utm_medium=feed, https://vnexpress.net/da-lat-don-khach-4812017.html
			HTTPS://VnExpress.NET:443/da-lat-4812017.html#binh-luan,                          https://vnexpress.net/da-lat-4812017.html
			http://baolamdong.vn:80/kinh-te/,                                                   http://baolamdong.vn/kinh-te
			https://amp.thanhnien.vn/da-lat-185241118.htm,                                      https://thanhnien.vn/da-lat-185241118.htm
			https://m.tuoitre.vn/da-lat-2024111808.htm?fbclid=abc,                              https://tuoitre.vn/da-lat-2024111808.htm
			https://dantri.com.vn/xa-hoi/da-lat.htm/amp,                                        https://dantri.com.vn/xa-hoi/da-lat.htm
			https://plo.vn/amp/da-lat-post8123.html,                                            https://plo.vn/da-lat-post8123.html
			https://znews.vn/da-lat-post1523.html?amp=1&id=5,                                   https://znews.vn/da-lat-post1523.html?id=5
			https://cafef.vn/da-lat-188241118.amp.html,                                         https://cafef.vn/da-lat-188241118.html
			https://m.vn/tin,                                                                   https://m.vn/tin
			http://127.0.0.1:8089/tin/,                                                         http://127.0.0.1:8089/tin
			https://vov.vn/,                                                                    https://vov.vn/
			""")
	void oneArticleHasOneUrl(String given, String expected) {
		assertThat(CanonicalUrls.canonical(URI.create(given))).hasToString(expected);
	}
}
