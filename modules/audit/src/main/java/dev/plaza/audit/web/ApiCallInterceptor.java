package dev.plaza.audit.web;

import java.util.Map;
import java.util.Optional;

import dev.plaza.audit.Actor;
import dev.plaza.audit.PersonalDataRead;
import dev.plaza.audit.application.ApiCall;
import dev.plaza.audit.application.AuditLog;
import dev.plaza.audit.application.Callers;
import dev.plaza.audit.application.Occurrence;
import dev.plaza.audit.domain.ResourceOfPath;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tells the current API call which handler serves it (the path template, the resource, the status it
 * answers on success), and while the handler runs; records reads of personal data once they succeeded.
 */
class ApiCallInterceptor implements HandlerInterceptor {

	private final AuditLog audit;

	ApiCallInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		ApiCall call = ApiCall.current();
		if (call != null && handler instanceof HandlerMethod method) {
			call.matched(template(request), variables(request));
			call.handlerStarts(successStatus(method));
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
		ApiCall call = ApiCall.current();
		if (call != null) {
			call.handlerEnded();
		}
		if (handler instanceof HandlerMethod method && "GET".equals(request.getMethod()) && response.getStatus() < 300) {
			PersonalDataRead read = method.getMethodAnnotation(PersonalDataRead.class);
			if (read != null) {
				recordRead(read, request, response.getStatus());
			}
		}
	}

	/**
	 * A person's read (a member of staff, whose token names them) is recorded; a program's is not: a
	 * storefront or partner polling its orders reads what it wrote, and recording each poll would put a
	 * transaction of its own, serialized on the tenant's chain, on the API's busiest reads. The read wrote
	 * nothing, so its entry takes a transaction of its own.
	 */
	private void recordRead(PersonalDataRead read, HttpServletRequest request, int status) {
		Actor reader = Callers.actor();
		if (!"user".equals(reader.kind())) {
			return;
		}
		String template = template(request);
		ResourceOfPath path = ResourceOfPath.of(template, variables(request));
		ResourceOfPath resource = new ResourceOfPath(read.resource(), read.resource().equals(path.type()) ? path.id() : null);
		Occurrence occurrence = new Occurrence(reader, "personal-data.read", "GET", template, resource, status,
				Callers.address(request), Callers.requestId(request), Map.of());
		audit.appendAlone(TenantContext.current().orElse(TenantId.PLATFORM), occurrence);
	}

	private static String template(HttpServletRequest request) {
		return (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> variables(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> map
				? (Map<String, String>) map : Map.of();
	}

	/** Its {@code @ResponseStatus}, else the first 2xx {@code @ApiResponse} it declares, else 200. */
	static int successStatus(HandlerMethod method) {
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ResponseStatus.class);
		if (declared != null && declared.code().is2xxSuccessful()) {
			return declared.code().value();
		}
		Optional<Integer> documented = AnnotatedElementUtils
			.findMergedRepeatableAnnotations(method.getMethod(), ApiResponse.class)
			.stream()
			.map(ApiResponse::responseCode)
			.filter(code -> code.matches("2\\d\\d"))
			.map(Integer::valueOf)
			.findFirst();
		return documented.orElse(200);
	}
}
