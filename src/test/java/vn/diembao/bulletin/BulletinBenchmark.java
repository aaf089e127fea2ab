package vn.diembao.bulletin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's performance target: a published weekly edition of 60 items rendered to PDF (≤ 3 s) and DOCX (≤ 1 s),
 * measured warm over several runs. Run with {@code mvn -Pbench verify}; figures in target/bench-bulletin.txt.
 */
@Tag("bench")
@DiembaoTest
class BulletinBenchmark {

	private static final int RUNS = 10;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Editions editions;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	DocxRenderer docx;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sixtyItemsToPdfAndDocx() throws Exception {
		var data = new BulletinFixtures(jdbc);
		LocalDate monday = LocalDate.of(2048, 3, 2);
		for (int i = 1; i <= 50; i++) {
			data.provinceNews(monday.minusDays(1 + i % 7), "Lâm Đồng đẩy mạnh chuyển đổi số, phát triển kinh tế xanh — bài thử tải " + i,
					"Báo Người Lao Động " + (i % 6), i % 3 == 0 ? Tone.NEUTRAL : Tone.POSITIVE);
		}
		for (int i = 1; i <= 10; i++) {
			data.article(monday.minusDays(1 + i % 7), "Đắk Nông: Tuyến đường chưa hoàn thành đã có dấu hiệu hư hỏng — bài " + i,
					"Dự án giao thông kết nối vào xã biên giới xuống cấp sau vài tháng.", "TTXVN/Baotintuc.vn", Tone.NEGATIVE,
					Topic.LOCAL_NEWS, true, true, "xã Đắk Ngo, huyện Tuy Đức");
		}
		long id = bulletins.create(BulletinKind.PROVINCE_WEEKLY, monday).orElseThrow();
		bulletins.build(id);
		bulletins.publish(id);
		Edition edition = editions.of(id);
		assertThat(edition.itemCount()).isEqualTo(60);

		long cold = time(() -> pdf.pdf(edition));
		long[] pdfMillis = measure(() -> pdf.pdf(edition));
		long[] docxMillis = measure(() -> docx.docx(edition));
		long[] editionMillis = measure(() -> editions.of(id));
		int pdfBytes = pdf.pdf(edition).length;
		int docxBytes = docx.docx(edition).length;

		String report = String.join("\n",
				"Bulletin benchmark: weekly edition of " + edition.itemCount() + " items, " + RUNS + " warm runs each (after 3 warm-up runs)",
				"PDF first render in this JVM: " + cold + " ms",
				line("PDF (openhtmltopdf, " + pdfBytes + " bytes)", pdfMillis, 3000),
				line("DOCX (Apache POI, " + docxBytes + " bytes)", docxMillis, 1000),
				line("assembling the edition from the database", editionMillis, 300));
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "bench-bulletin.txt"), report + "\n");
		assertThat(pdfMillis[pdfMillis.length - 1]).isLessThanOrEqualTo(3000);
		assertThat(docxMillis[docxMillis.length - 1]).isLessThanOrEqualTo(1000);
	}

	private static long time(Supplier<?> action) {
		long t = System.nanoTime();
		action.get();
		return (System.nanoTime() - t) / 1_000_000;
	}

	private static long[] measure(Supplier<?> action) {
		for (int i = 0; i < 3; i++) {
			action.get();
		}
		long[] millis = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			millis[i] = time(action);
		}
		Arrays.sort(millis);
		return millis;
	}

	private static String line(String what, long[] sorted, long target) {
		long p50 = sorted[sorted.length / 2];
		long max = sorted[sorted.length - 1];
		return String.format("%s: p50 %d ms, max %d ms (target ≤ %d ms)%s", what, p50, max, target,
				max <= target ? "" : "  ← over target");
	}
}
