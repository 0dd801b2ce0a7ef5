package dev.plaza.platform.web.openapi;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * States the scopes an operation needs, read from the handler's (or its controller's)
 * {@code @PreAuthorize}: {@code hasAuthority('SCOPE_x')} needs {@code x}, {@code hasAnyAuthority}
 * any one of those listed, {@code permitAll()} none and no token at all. Operations without the
 * annotation are left to {@link SecurityAndProblems}, which knows the paths the security chain
 * opens or protects.
 */
class OperationScopes implements GlobalOperationCustomizer {

	static final String SCHEME = "oauth2";

	private static final Pattern SCOPE = Pattern.compile("'SCOPE_([^']+)'");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		PreAuthorize rule = annotation(handler.getMethod());
		if (rule == null) {
			rule = annotation(handler.getBeanType());
		}
		if (rule == null) {
			return operation;
		}
		if (rule.value().contains("permitAll()")) {
			operation.setSecurity(new ArrayList<>());
			return operation;
		}
		List<SecurityRequirement> anyOf = new ArrayList<>();
		Matcher scopes = SCOPE.matcher(rule.value());
		while (scopes.find()) {
			anyOf.add(new SecurityRequirement().addList(SCHEME, scopes.group(1)));
		}
		if (!anyOf.isEmpty()) {
			operation.setSecurity(anyOf);
		}
		return operation;
	}

	private static PreAuthorize annotation(AnnotatedElement element) {
		return AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
	}
}
