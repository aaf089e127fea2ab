package vn.diembao.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code diembao.report.*}: the department named in the report's sentences and the fake-news team it names.
 *
 * @param department as the sentence names it, e.g. “Sở Văn hóa, Thể thao và Du lịch”
 * @param fakeNewsTeam the team fake-news reports reach; “%s” is replaced by the province's name
 */
@ConfigurationProperties("diembao.report")
record ReportProperties(String department, String fakeNewsTeam) {

	ReportProperties {
		department = department == null || department.isBlank() ? "Sở Văn hóa, Thể thao và Du lịch" : department;
		fakeNewsTeam = fakeNewsTeam == null || fakeNewsTeam.isBlank()
				? "Tổ theo dõi, xử lý thông tin xấu, độc trên không gian mạng tỉnh %s" : fakeNewsTeam;
	}
}
