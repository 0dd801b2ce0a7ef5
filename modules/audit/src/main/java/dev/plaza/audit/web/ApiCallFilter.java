package dev.plaza.audit.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import dev.plaza.audit.application.ApiCall;
import dev.plaza.audit.application.AuditLog;
import dev.plaza.audit.application.AuditProperties;
import dev.plaza.audit.application.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Records every state-changing API call ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/}), answered or refused, exactly once — twice only when a later transaction failed after an
 * earlier one had committed its change.
 *
 * <p>A call that changes something gets its entry inside the first of its transactions to commit
 * ({@link ApiCallTransactions}). A call that committed nothing (refused by authentication, a scope check, its
 * handler) gets its entry here, once it is answered, in a transaction of its own: its only one. It runs
 * before authentication so that refusals by it are recorded too; anonymous callers' entries go to the
 * platform's chain. Overload refusals ({@code 503} before any work) are not recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ApiCallFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiCallFilter.class);

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** Set by the idempotency filter on an answer it stored earlier and gives again. */
	private static final String REPLAYED_HEADER = "Idempotency-Replayed";

	private final AuditLog audit;

	private final boolean enabled;

	private final ObjectProvider<RequestMappingHandlerMapping> handlers;

	ApiCallFilter(AuditLog audit, AuditProperties properties,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
		this.audit = audit;
		this.enabled = properties.apiCalls();
		this.handlers = handlers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || !CHANGING.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApiCall call = new ApiCall(request.getMethod(), Callers.address(request), Callers.requestId(request));
		int status = 500;
		Map<String, String> details = Map.of();
		try (ApiCall.Binding bound = call.bind()) {
			chain.doFilter(request, response);
			status = response.getStatus();
			// A replay repeats an answer, and changes nothing: its entry says so, not to be read as a second change.
			details = "true".equals(response.getHeader(REPLAYED_HEADER)) ? Map.of("replayed", "true") : Map.of();
		}
		finally {
			settle(call, request, status, details);
		}
	}

	/** Records the answer unless an entry with that very outcome committed with the change. */
	private void settle(ApiCall call, HttpServletRequest request, int status, Map<String, String> details) {
		Integer committed = call.committedStatus();
		if (committed != null && (status < 400 || committed == status)) {
			return;
		}
		if (call.pathTemplate() == null) {
			matchTemplate(call, request);
		}
		try {
			audit.appendAlone(call.tenant(), call.occurrence(status, details));
		}
		catch (RuntimeException ex) {
			log.error("Could not record the answer {} to {} {} in the audit log", status, call.method(), call.pathTemplate(), ex);
		}
	}

	/** For calls refused before they reached a handler (by authentication): the pattern that would have served them. */
	@SuppressWarnings("unchecked")
	private void matchTemplate(ApiCall call, HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
		if (mapping == null) {
			return;
		}
		try {
			if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
				ServletRequestPathUtils.parseAndCache(request);
			}
			if (mapping.getHandler(request) != null) {
				Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
				call.matched((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
						variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of());
			}
		}
		catch (Exception noHandler) {
			// No pattern serves this method and path (405, 404): the entry names none.
		}
	}
}
