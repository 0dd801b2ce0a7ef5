package dev.plaza.platform.web.openapi;

import java.util.Locale;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation a summary. Springdoc takes it from the first sentence of the handler's
 * Javadoc (kept at runtime by the therapi scribe) or an {@code @Operation(summary = ...)}; a handler
 * with neither is summed up from its name and its controller's, such as {@code CartController.get}
 * as "Get cart" — plain, but never an empty line in the operation list.
 */
class OperationSummaries implements GlobalOperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(fromNames(handler.getMethod().getName(), handler.getBeanType().getSimpleName()));
		}
		return operation;
	}

	static String fromNames(String method, String controller) {
		String action = words(method);
		String subject = words(controller.replaceAll("(Controller|Endpoint)$", ""));
		String summary = action.contains(" ") || subject.isEmpty() ? action : action + " " + subject;
		return summary.substring(0, 1).toUpperCase(Locale.ROOT) + summary.substring(1);
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
