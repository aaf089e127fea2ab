package vn.diembao.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean “the database is away” (503 page) and which are ordinary errors (left to the usual handling). */
class DatabaseUnavailableResolverTests {

	private final DatabaseUnavailableResolver resolver = new DatabaseUnavailableResolver();

	@Test
	void noConnectionFromThePoolIsA503WithRetryAfter() {
		var response = new MockHttpServletResponse();
		ModelAndView page = resolver.resolveException(new MockHttpServletRequest("GET", "/ho-so"), response, null,
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(page).isNotNull();
		assertThat(page.getViewName()).isEqualTo("error/503");
		assertThat(page.getStatus().value()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	@Test
	void aConnectionLostMidQueryOrAServerShuttingDownIsToo() {
		assertThat(DatabaseUnavailableResolver.databaseUnavailable(new UncategorizedSQLException("select", "select 1",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseUnavailableResolver.databaseUnavailable(new IllegalStateException("wrapped",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseUnavailableResolver.databaseUnavailable(
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction"))).isTrue();
	}

	@Test
	void ordinaryErrorsAreNotMistakenForAnOutage() {
		assertThat(resolver.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
				new DataIntegrityViolationException("duplicate key"))).isNull();
		assertThat(DatabaseUnavailableResolver.databaseUnavailable(new IllegalArgumentException("Hãy nêu lý do"))).isFalse();
		assertThat(DatabaseUnavailableResolver.databaseUnavailable(
				new UncategorizedSQLException("x", "x", new SQLException("syntax error", "42601")))).isFalse();
	}
}
