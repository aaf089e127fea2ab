package vn.diembao.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.casework.CaseViews.ResponseTally;
import vn.diembao.casework.PressCases;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that stay open cross into the next months' figures: pending at the end of January is pending in
 * February, answered in March as carry-over — and January read again later still says what it said then.
 */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarryOverTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PressCases cases;

	@Autowired
	ReportFigureSource source;

	@Autowired
	ReportWriter writer;

	String late;
	String prompt;

	@BeforeAll
	void threeMonthsOf2015() {
		var fixtures = new ReportFixtures(jdbc);
		long lateId = fixtures.agency("UBND phường Chậm Trả Lời (thử)");
		long promptId = fixtures.agency("Sở Trả Lời Ngay (thử)");
		late = "UBND phường Chậm Trả Lời (thử)";
		prompt = "Sở Trả Lời Ngay (thử)";
		long a = fixtures.pressCase("Tồn từ tháng 1", LocalDate.of(2015, 1, 10), LocalDate.of(2015, 3, 5));
		fixtures.request(a, lateId, LocalDate.of(2015, 3, 4), LocalDate.of(2015, 3, 5));
		long b = fixtures.pressCase("Trả lời trong tháng 1", LocalDate.of(2015, 1, 12), LocalDate.of(2015, 1, 20));
		fixtures.request(b, promptId, LocalDate.of(2015, 1, 19), LocalDate.of(2015, 1, 20));
		long c = fixtures.pressCase("Tháng 2, đã trả lời, chờ thẩm định", LocalDate.of(2015, 2, 3), LocalDate.of(2015, 3, 2));
		fixtures.request(c, promptId, LocalDate.of(2015, 2, 25), LocalDate.of(2015, 3, 2));
	}

	private ResponseTally tally(int month) {
		YearMonth m = YearMonth.of(2015, month);
		return cases.responseTally(m.atDay(1), m.atEndOfMonth());
	}

	@Test
	void januaryAsksTwoAnswersOneAndLeavesOnePending() {
		ResponseTally january = tally(1);
		assertThat(january.askedItems()).isEqualTo(2);
		assertThat(january.askedAgencies()).isEqualTo(2);
		assertThat(january.answeredItems()).isEqualTo(1);
		assertThat(january.answeredCarriedOver()).isZero();
		assertThat(january.pendingItems()).isEqualTo(1);
		assertThat(january.pendingAgencyNames()).containsExactly(late);
		// six working days from Monday 12 to Tuesday 20 January 2015: the 13th to the 16th, the 19th and the 20th
		assertThat(january.averageWorkingDaysToAnswer()).isEqualTo(6.0);
	}

	@Test
	void februaryCarriesJanuarysOpenRequest() {
		ResponseTally february = tally(2);
		assertThat(february.askedItems()).isEqualTo(1);
		assertThat(february.answeredItems()).isZero();
		// the February request was replied to on the 25th: awaiting review, no longer the agency's to answer
		assertThat(february.pendingItems()).isEqualTo(1);
		assertThat(february.pendingCarriedOver()).isEqualTo(1);
		assertThat(february.pendingAgencyNames()).containsExactly(late);
		String sentence = writer.write(source.figures(ReportPeriod.month(YearMonth.of(2015, 2)))).paragraphs().get(3)
			.plain(false);
		assertThat(sentence).contains("đã đề nghị 01 cơ quan, đơn vị, địa phương xác minh, phản hồi 01 nội dung. "
				+ "Trong đó, chưa có nội dung nào được xác minh và phản hồi và còn 01 nội dung/01 cơ quan, đơn vị, địa "
				+ "phương chưa được kiểm tra, xác minh và phản hồi.");
	}

	@Test
	void marchAnswersBothEarlierRequestsAsCarryOver() {
		ResponseTally march = tally(3);
		assertThat(march.askedItems()).isZero();
		assertThat(march.answeredItems()).isEqualTo(2);
		assertThat(march.answeredAgencies()).isEqualTo(2);
		assertThat(march.answeredCarriedOver()).isEqualTo(2);
		assertThat(march.pendingItems()).isZero();
		String sentence = writer.write(source.figures(ReportPeriod.month(YearMonth.of(2015, 3)))).paragraphs().get(3)
			.plain(false);
		assertThat(sentence).contains("không có nội dung mới đề nghị cơ quan, đơn vị, địa phương xác minh, phản hồi; "
				+ "đã có 02 nội dung/02 cơ quan, đơn vị, địa phương đã có được xác minh và phản hồi (một số nội "
				+ "dung tồn từ các tháng trước) và không còn nội dung nào chưa được kiểm tra, xác minh và phản hồi.");
	}

	@Test
	void aPastMonthReadsTheSameAfterItsRequestsAreSettled() {
		// everything above is settled by March; January still shows what was pending at its end
		assertThat(tally(1).pendingItems()).isEqualTo(1);
		assertThat(tally(4).pendingItems()).isZero();
	}
}
