package vn.diembao.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated wrong passwords, whether they come through the login form or HTTP Basic.
 * Kept in the database so that every node sees the same count; unknown names are counted too, so a lock says nothing
 * about whether an account exists.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcClient jdbc;
	private final int maxFailures;
	private final Duration lockDuration;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, @Value("${diembao.security.lockout.max-failures:5}") int maxFailures,
			@Value("${diembao.security.lockout.duration:PT15M}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = Clock.systemUTC();
	}

	@EventListener
	void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		try {
			count(key(event.getAuthentication().getName()));
		}
		catch (DataAccessException databaseAway) {
			log.warn("Không ghi được lần đăng nhập sai (cơ sở dữ liệu không truy cập được): {}", databaseAway.getMessage());
		}
	}

	private void count(String username) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// failures older than the lock duration are forgotten: the count is of recent attempts only
		jdbc.sql("""
				insert into app.login_failure (username, failures, last_failure) values (:name, 1, :now)
				on conflict (username) do update set
				    failures = case when app.login_failure.last_failure < :forgetBefore then 1 else app.login_failure.failures + 1 end,
				    last_failure = :now""")
			.param("name", username).param("now", java.sql.Timestamp.from(now))
			.param("forgetBefore", java.sql.Timestamp.from(now.minus(lockDuration)))
			.update();
		jdbc.sql("update app.login_failure set locked_until = :until, failures = 0 where username = :name and failures >= :max")
			.param("until", java.sql.Timestamp.from(now.plus(lockDuration))).param("name", username).param("max", maxFailures)
			.update();
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// a success is only possible with the database up, so no outage handling here
		jdbc.sql("delete from app.login_failure where username = ? and (locked_until is null or locked_until < now())")
			.param(key(event.getAuthentication().getName()))
			.update();
	}

	/** When the name is locked, the moment it opens again. */
	Optional<Instant> lockedUntil(String username) {
		return jdbc.sql("select locked_until from app.login_failure where username = ? and locked_until > ?")
			.params(key(username), java.sql.Timestamp.from(clock.instant()))
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant);
	}

	@Scheduled(cron = "0 17 3 * * *", zone = "Asia/Ho_Chi_Minh")
	void forgetOldFailures() {
		jdbc.sql("delete from app.login_failure where last_failure < now() - interval '1 day' "
				+ "and (locked_until is null or locked_until < now())").update();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
