package dev.plaza.platform.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the success answers of an operation the ones it really gives. A handler returning a
 * {@code ResponseEntity} chooses its status in code, so it declares them with
 * {@code @ApiResponse(responseCode = "201", ...)}; the body its return type describes goes with
 * each declared status that has one (not 204), and the 200 springdoc assumes is dropped when not
 * among them.
 */
class SuccessStatuses implements GlobalOperationCustomizer {

	private static final String ASSUMED = "200";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		List<String> declared = declared(handler).filter(code -> code.startsWith("2")).toList();
		ApiResponses responses = operation.getResponses();
		if (declared.isEmpty() || responses == null) {
			return operation;
		}
		ApiResponse assumed = responses.get(ASSUMED);
		for (String code : declared) {
			ApiResponse response = responses.computeIfAbsent(code, ignored -> new ApiResponse());
			if (response.getDescription() == null || response.getDescription().isBlank()) {
				response.setDescription(DESCRIPTIONS.getOrDefault(code, "Success"));
			}
			if ("204".equals(code)) {
				response.setContent(null);
			}
			else if (response.getContent() == null && assumed != null) {
				response.setContent(assumed.getContent());
			}
		}
		if (!declared.contains(ASSUMED)) {
			responses.remove(ASSUMED);
		}
		return operation;
	}

	private static final Map<String, String> DESCRIPTIONS = Map.of("200", "OK", "201", "Created", "202",
			"Accepted: the work continues; poll the resource for its outcome", "204", "No content");

	private static Stream<String> declared(HandlerMethod handler) {
		return AnnotatedElementUtils
			.findMergedRepeatableAnnotations(handler.getMethod(), io.swagger.v3.oas.annotations.responses.ApiResponse.class)
			.stream()
			.map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode);
	}
}
