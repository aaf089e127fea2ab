package vn.diembao.fakenews;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.diembao.shared.cluster.ClusterJobs;

/**
 * Personal data is kept no longer than needed (Decree 13/2023, Personal Data Protection Law 2026): reporters'
 * contacts are deleted a set number of days after their report was concluded or closed.
 */
@Component
class ReporterContactRetention {

	private static final Logger log = LoggerFactory.getLogger(ReporterContactRetention.class);

	private final JdbcClient jdbc;
	private final int retentionDays;
	private final ClusterJobs cluster;

	ReporterContactRetention(JdbcClient jdbc, @Value("${diembao.fakenews.contact-retention-days:90}") int retentionDays,
			ClusterJobs cluster) {
		this.jdbc = jdbc;
		this.retentionDays = retentionDays;
		this.cluster = cluster;
	}

	/** Nightly, on one node of the cluster. */
	@Scheduled(cron = "${diembao.fakenews.contact-retention-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		if (cluster.claimToday("fakenews.contact-retention")) {
			deleteExpiredContacts();
		}
	}

	int deleteExpiredContacts() {
		int deleted = jdbc.sql("""
				delete from app.fake_news_reporter c using app.fake_news_report r
				where c.report_id = r.id and r.status in ('PUBLISHED', 'SCREENED_OUT')
				  and r.concluded_at < now() - make_interval(days => ?)""")
			.param(retentionDays)
			.update();
		if (deleted > 0) {
			log.info("Đã xóa {} thông tin liên hệ của người phản ánh tin giả quá {} ngày", deleted, retentionDays);
		}
		return deleted;
	}
}
