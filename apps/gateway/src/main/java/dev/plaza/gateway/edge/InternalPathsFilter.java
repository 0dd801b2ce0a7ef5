package dev.plaza.gateway.edge;

import java.io.IOException;
import java.util.List;

import dev.plaza.platform.ProblemType;
import dev.plaza.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The interfaces Plaza's services serve each other under {@code /internal/} are no client's business: a
 * request for one, however its path is spelt ({@code /internal;x/v1}, {@code /internal%3Bx/v1},
 * {@code /x/..;/internal/v1}, {@code /%69nternal/v1}, {@code //internal/v1}), is answered 404 here and
 * never forwarded. It runs before Spring Security, whose firewall would answer some of those spellings
 * 400 without saying why.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InternalPathsFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	InternalPathsFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> segments = WidestReading.segments(request.getRequestURI());
		if (!segments.isEmpty() && segments.getFirst().equals("internal")) {
			problems.write(response, ProblemType.NOT_FOUND,
					"Nothing under /internal/ is served to clients; Plaza's API is under /api/v1.", request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}
}
