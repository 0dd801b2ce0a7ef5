package dev.plaza.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.plaza.platform.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses U+0000 in a query or form parameter with 400 {@code invalid-parameter} naming it, before
 * any handler or the database sees it: the query-side twin of {@link TextWithoutNul}, for every
 * endpoint at once. Tomcat itself refuses {@code %00} in the path (see {@link ContainerErrors}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class NulParameterFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	NulParameterFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String parameter = firstWithNul(request);
		if (parameter != null) {
			problems.write(response, ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' "
					+ TextWithoutNul.REASON + "; remove it and retry.", request.getRequestURI(), Map.of("parameter", parameter));
			return;
		}
		chain.doFilter(request, response);
	}

	/** The name of the first parameter holding a NUL character, or null. */
	private static String firstWithNul(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
				String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
				if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
					return name.replace('\0', '?');
				}
			}
		}
		// Form bodies only: asking for parameters otherwise would read multipart bodies early.
		if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
			for (var parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (parameter.getKey().indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
						return parameter.getKey().replace('\0', '?');
					}
				}
			}
		}
		return null;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	/** Percent-decoded; text that is not validly encoded is left as sent, for its handler to refuse. */
	private static String decoded(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}
}
