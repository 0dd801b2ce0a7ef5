package dev.plaza.platform.web;

import java.io.IOException;

import dev.plaza.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 {@code overloaded} when a servlet filter (the idempotency claim, for one) finds no
 * pooled database connection in time. Controllers get the same answer from
 * {@link OverloadAnswer}; a filter's exception would otherwise reach the container as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OverloadFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);

	private final ProblemResponses problems;

	OverloadFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (CannotCreateTransactionException | CannotGetJdbcConnectionException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			log.warn("Refused with 503, no database connection free in time: {}", ex.getMessage());
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, Overload.RETRY_AFTER_SECONDS);
			problems.write(response, Overload.TYPE, Overload.DETAIL, request.getRequestURI());
		}
	}
}
