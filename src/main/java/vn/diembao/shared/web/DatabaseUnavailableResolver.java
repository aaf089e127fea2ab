package vn.diembao.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database is away (restarting, failing over, unreachable) a request gets a plain 503 page in Vietnamese
 * with a Retry-After, not a stack trace or a generic error; the connection pool reconnects by itself once the
 * database is back. Other errors go on to the usual handling.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
	static final String RETRY_AFTER_SECONDS = "30";

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception exception) {
		if (!databaseUnavailable(exception)) {
			return null;
		}
		log.warn("{} {}: cơ sở dữ liệu không sẵn sàng ({})", request.getMethod(), request.getRequestURI(),
				exception.getMessage());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView("error/503", Map.of());
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	/** A failure to reach the database: no connection, a broken one, or a server shutting down (SQL state class 08 or 57P). */
	static boolean databaseUnavailable(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
