package dev.plaza.platform.web;

import java.util.List;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into RFC 9457 problem details with a stable type. Failures the caller
 * caused say how to fix the request; anything else is a 500 that carries no internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** Logged at debug: a refusal is the caller's to fix, counted by status in the request metrics, and a storm of them must not flood the log. */
	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> handleProblem(Problem problem) {
		log.debug("Refused with {} {}: {}", problem.type().status(), problem.type().slug(), problem.getMessage());
		ProblemDetail body = detail(problem);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.type().status());
		problem.retryAfter()
			.ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
					Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
		return response.body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unhandled failure", ex);
		return ResponseEntity.internalServerError()
			.body(detail(ProblemType.INTERNAL, "The server failed to handle this request. It was logged; retrying may help."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return ResponseEntity.status(413).body(detail(ProblemType.PAYLOAD_TOO_LARGE,
						cause.getMessage() + ". Send less data per request."));
			}
		}
		return ResponseEntity.badRequest().body(unreadable(ex.getCause()));
	}

	private ProblemDetail unreadable(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			ProblemDetail body = detail(ProblemType.UNKNOWN_FIELD, "Field '" + path(unknown)
					+ "' is not part of this request; remove it. Known fields: " + unknown.getKnownPropertyIds() + ".");
			body.setProperty("field", path(unknown));
			return body;
		}
		if (cause instanceof JacksonException failure && FieldReasons.explains(failure) && !failure.getPath().isEmpty()) {
			String field = path(failure);
			Problem problem = Problem.invalidFields(ProblemType.VALIDATION,
					List.of(new FieldError(field, FieldReasons.of(failure))));
			ProblemDetail body = detail(problem.type(), problem.getMessage());
			body.setProperty("field", field);
			problem.properties().forEach(body::setProperty);
			return body;
		}
		if (cause instanceof StreamReadException parse) {
			return detail(ProblemType.MALFORMED_JSON,
					"The body is not valid JSON (" + parse.getOriginalMessage() + "). Send a well-formed JSON document.");
		}
		return detail(ProblemType.MALFORMED_JSON, "The request body is missing or unreadable. Send a JSON document.");
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		Problem problem = errors.isEmpty()
				? Problem.invalidFields(ProblemType.VALIDATION, "Fix these fields and retry: the body is invalid.", errors)
				: Problem.invalidFields(ProblemType.VALIDATION, errors);
		return ResponseEntity.badRequest().body(detail(problem));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException arg ? arg.getName() : ex.getPropertyName();
		String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
		ProblemDetail body = detail(ProblemType.INVALID_PARAMETER,
				"Parameter '" + name + "' must be a valid " + expected + ", got '" + ex.getValue() + "'.");
		body.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String got = ex.getContentType() == null ? "no content type" : ex.getContentType().toString();
		return ResponseEntity.status(415).headers(headers).body(detail(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				"This endpoint reads " + ex.getSupportedMediaTypes() + ", got " + got + ". Set Content-Type accordingly."));
	}

	/** Gives the remaining Spring MVC failures (404, 405, 406 …) Plaza's stable types. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object resolved = body == null && ex instanceof ErrorResponse error
				? error.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()) : body;
		if (resolved instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			ProblemType type = switch (statusCode.value()) {
				case 404 -> ProblemType.NOT_FOUND;
				case 405 -> ProblemType.METHOD_NOT_ALLOWED;
				case 406 -> ProblemType.NOT_ACCEPTABLE;
				case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
				case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
				default -> statusCode.is4xxClientError() ? ProblemType.INVALID_PARAMETER : ProblemType.INTERNAL;
			};
			problem.setType(type.uri());
			problem.setTitle(type.title());
			if (ex instanceof NoResourceFoundException missing) {
				problem.setDetail("Nothing is served at " + missing.getHttpMethod() + " /" + missing.getResourcePath()
						+ ". The API is described at /v3/api-docs.");
			}
			else if (ex instanceof HttpRequestMethodNotSupportedException method) {
				problem.setDetail(method.getMethod() + " is not supported here. Use one of " + method.getSupportedHttpMethods() + ".");
			}
		}
		return super.handleExceptionInternal(ex, resolved, headers, statusCode, request);
	}

	private static ProblemDetail detail(Problem problem) {
		ProblemDetail body = detail(problem.type(), problem.getMessage());
		problem.properties().forEach(body::setProperty);
		return body;
	}

	static ProblemDetail detail(ProblemType type, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
		body.setType(type.uri());
		body.setTitle(type.title());
		return body;
	}
}
