package dev.plaza.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * See {@link Overload}: a controller that found no pooled database connection in time answers 503
 * {@code overloaded}; {@link OverloadFilter} answers the same for the servlet filters. Kept beside the
 * database, so the web pieces need no JDBC. Ordered just before {@link ApiExceptionHandler}, whose
 * catch-all would answer these with a 500, and after the advice of the modules' own (the storefront's
 * HTML error pages, for one), which stay in charge of their controllers' failures.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class OverloadAnswer {

	private static final Logger log = LoggerFactory.getLogger(OverloadAnswer.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class })
	ResponseEntity<ProblemDetail> handleOverload(Exception ex) {
		log.warn("Refused with 503, no database connection free in time: {}", ex.getMessage());
		return ResponseEntity.status(Overload.TYPE.status())
			.header(HttpHeaders.RETRY_AFTER, Overload.RETRY_AFTER_SECONDS)
			.body(ApiExceptionHandler.detail(Overload.TYPE, Overload.DETAIL));
	}
}
