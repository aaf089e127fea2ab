package vn.diembao.sites;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;

/**
 * Mails the agency that runs a site when one of its checks has been red for longer than the configured number of
 * days — at most once per period (a week) per site, listing every such check — with the department's officers in
 * copy. The contact is the site's own e-mail from the registry, else the agency's e-mail in the directory.
 */
@Component
class SiteAlerts {

	private static final Logger log = LoggerFactory.getLogger(SiteAlerts.class);

	private final JdbcClient jdbc;
	private final SiteResults results;
	private final SiteChecks checks;
	private final SiteRegistry registry;
	private final UserAccounts users;
	private final JavaMailSender mail;
	private final SitesProperties properties;
	private final String sender;

	SiteAlerts(JdbcClient jdbc, SiteResults results, SiteChecks checks, SiteRegistry registry, UserAccounts users,
			JavaMailSender mail, SitesProperties properties, @Value("${diembao.mail.from:diembao@localhost}") String sender) {
		this.jdbc = jdbc;
		this.results = results;
		this.checks = checks;
		this.registry = registry;
		this.users = users;
		this.mail = mail;
		this.properties = properties;
		this.sender = sender;
	}

	/** Returns whether a mail was sent. */
	boolean sendIfDue(Website site, Instant now) {
		Instant failingBefore = now.minus(Duration.ofDays(properties.alertAfterDays()));
		List<String> failing = new ArrayList<>();
		for (SiteCheck check : checks.enabled()) {
			if (check.appliesTo(site.level())) {
				results.redSince(site.id(), check.id())
					.filter(since -> since.isBefore(failingBefore))
					.ifPresent(since -> failing.add(check.label() + " — không đạt từ "
							+ SiteClock.day(since)));
			}
		}
		if (failing.isEmpty() || alertedSince(site.id(), now.minus(properties.alertEvery()))) {
			return false;
		}
		Set<String> to = new LinkedHashSet<>();
		if (site.contactEmail() != null) {
			to.add(site.contactEmail());
		}
		else {
			registry.agencyOf(site).map(AgencyRef::email).filter(email -> !email.isBlank()).ifPresent(to::add);
		}
		Set<String> cc = new LinkedHashSet<>(users.emailsOf(Role.OFFICER));
		cc.removeAll(to);
		if (to.isEmpty() && cc.isEmpty()) {
			log.warn("Trang {} không đạt nhưng không có địa chỉ thư nào để báo", site.url());
			return false;
		}
		Set<String> recipients = to.isEmpty() ? cc : to;
		if (!send(site, failing, recipients, to.isEmpty() ? Set.of() : cc)) {
			return false;
		}
		// recorded only once sent: a mail server that was down is tried again at the next check
		jdbc.sql("insert into app.website_alert (website_id, sent_at, recipients, checks) values (?, ?, ?, ?)")
			.params(site.id(), Timestamp.from(now), String.join(", ", recipients), String.join("; ", failing))
			.update();
		return true;
	}

	record SentAlert(Instant sentAt, String recipients, String checks) {

		public String sentAtText() {
			return SiteClock.MINUTE.format(sentAt.atZone(SiteClock.ZONE));
		}
	}

	List<SentAlert> sent(long siteId) {
		return jdbc.sql("select sent_at, recipients, checks from app.website_alert where website_id = ? order by sent_at desc limit 20")
			.param(siteId)
			.query((rs, i) -> new SentAlert(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
			.list();
	}

	private boolean alertedSince(long siteId, Instant since) {
		return jdbc.sql("select exists (select 1 from app.website_alert where website_id = ? and sent_at > ?)")
			.params(siteId, Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	private boolean send(Website site, List<String> failing, Set<String> to, Set<String> cc) {
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(sender);
		email.setTo(to.toArray(String[]::new));
		if (!cc.isEmpty()) {
			email.setCc(cc.toArray(String[]::new));
		}
		email.setSubject("[Điểm báo] Trang thông tin điện tử " + site.name() + " chưa đạt yêu cầu");
		email.setText("Kính gửi " + site.name() + ",\n\n"
				+ "Qua theo dõi tự động, Trang thông tin điện tử " + site.url() + " chưa đạt các nội dung sau quá "
				+ properties.alertAfterDays() + " ngày:\n\n- " + String.join("\n- ", failing) + "\n\n"
				+ "Đề nghị cơ quan, đơn vị kiểm tra, khắc phục.\n\n— Hệ thống Điểm báo (thư tự động, vui lòng không trả lời thư này)");
		try {
			mail.send(email);
			return true;
		}
		catch (MailException e) {
			log.warn("Không gửi được thư báo trang {} không đạt tới {}: {}", site.url(), to, e.getMessage());
			return false;
		}
	}
}
