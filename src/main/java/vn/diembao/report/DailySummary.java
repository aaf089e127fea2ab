package vn.diembao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.diembao.casework.CaseViews.OverdueAssignment;
import vn.diembao.casework.PressCases;
import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.ClassifiedArticles;
import vn.diembao.classify.Tone;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;

/**
 * The officers' morning e-mail: what came in over the last 24 hours (relevant, negative, needing an answer) and the
 * requests overdue now. Sent once a day across the cluster (a row per day is claimed first), at {@code summary-at}
 * or at the first minute after it the node is up, until noon.
 */
@Component
class DailySummary {

	private static final Logger log = LoggerFactory.getLogger(DailySummary.class);
	static final int LISTED = 10;

	private final ClassifiedArticles articles;
	private final PressCases cases;
	private final UserAccounts accounts;
	private final JavaMailSender mail;
	private final AlertProperties properties;
	private final JdbcClient jdbc;
	private final String sender;
	private final String baseUrl;

	DailySummary(ClassifiedArticles articles, PressCases cases, UserAccounts accounts, JavaMailSender mail,
			AlertProperties properties, JdbcClient jdbc, @Value("${diembao.mail.from:diembao@localhost}") String sender,
			@Value("${diembao.base-url:http://localhost:8080}") String baseUrl) {
		this.articles = articles;
		this.cases = cases;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.jdbc = jdbc;
		this.sender = sender;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "0 * * * * *", zone = "Asia/Ho_Chi_Minh")
	void everyMinute() {
		ZonedDateTime now = ZonedDateTime.now(ReportFigureSource.VIETNAM);
		LocalTime time = now.toLocalTime();
		if (properties.schedulingEnabled() && !time.isBefore(properties.summaryAt()) && time.isBefore(LocalTime.NOON)) {
			send(now.toLocalDate());
		}
	}

	/** The summary of {@code day}; false when it was sent already (by this node or another) or nobody has an address. */
	boolean send(LocalDate day) {
		List<String> recipients = accounts.emailsOf(Role.OFFICER);
		if (recipients.isEmpty()) {
			return false;
		}
		int claimed = jdbc.sql("insert into app.alert_daily_summary (day, recipients) values (?, ?) on conflict (day) do nothing")
			.params(java.sql.Date.valueOf(day), String.join(", ", recipients))
			.update();
		if (claimed == 0) {
			return false;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(sender);
			message.setTo(recipients.toArray(String[]::new));
			message.setSubject("[Điểm báo] Tóm tắt sáng " + ReportMails.DAY.format(day));
			message.setText(text(day));
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			jdbc.sql("delete from app.alert_daily_summary where day = ?").param(java.sql.Date.valueOf(day)).update();
			log.warn("Không gửi được thư tóm tắt ngày {}: {}", day, e.getMessage());
			return false;
		}
	}

	String text(LocalDate day) {
		Instant until = day.atTime(properties.summaryAt()).atZone(ReportFigureSource.VIETNAM).toInstant();
		Instant from = until.minus(SpikeRules.DAY);
		List<ClassifiedArticle> relevant = articles.relevantPublishedBetween(from, until);
		List<ClassifiedArticle> negative = relevant.stream().filter(a -> a.tone() == Tone.NEGATIVE).toList();
		List<ClassifiedArticle> needsResponse = relevant.stream().filter(ClassifiedArticle::needsResponse).toList();
		List<OverdueAssignment> overdue = cases.overdue();
		StringBuilder text = new StringBuilder("Tóm tắt 24 giờ qua (đến " + ReportMails.TIME.format(until.atZone(ReportFigureSource.VIETNAM)) + ")\n\n");
		text.append("- Tin, bài mới về tỉnh: ").append(relevant.size()).append('\n');
		text.append("- Phản ánh tồn tại, hạn chế: ").append(negative.size()).append('\n');
		list(text, negative);
		text.append("- Cần làm rõ, phản hồi: ").append(needsResponse.size()).append('\n');
		list(text, needsResponse);
		text.append("- Hồ sơ quá hạn chưa trả lời: ").append(overdue.size()).append('\n');
		overdue.stream().limit(LISTED).forEach(o -> text.append("    • ").append(o.agencyName()).append(": ")
			.append(o.articleTitle()).append(" (hạn ").append(ReportMails.DAY.format(o.deadline())).append(") ")
			.append(baseUrl).append("/ho-so/").append(o.caseId()).append('\n'));
		text.append("\nTiếp nhận tin bài: ").append(baseUrl).append("/tiep-nhan\nTổng quan: ").append(baseUrl).append("/\n");
		return text.toString();
	}

	private void list(StringBuilder text, List<ClassifiedArticle> items) {
		items.stream().limit(LISTED).forEach(a -> text.append("    • ").append(a.title()).append(" (").append(a.outletName())
			.append(") ").append(baseUrl).append("/tiep-nhan/bai/").append(a.articleId()).append('\n'));
		if (items.size() > LISTED) {
			text.append("    … và ").append(items.size() - LISTED).append(" bài khác\n");
		}
	}
}
