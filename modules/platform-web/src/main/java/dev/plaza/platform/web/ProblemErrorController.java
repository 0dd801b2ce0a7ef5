package dev.plaza.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import dev.plaza.platform.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the container's error dispatch ({@code /error}) as problem details with Plaza's types,
 * for any status and whatever the client accepts, in place of Boot's whitelabel page and its
 * default JSON: errors raised outside Spring MVC (a {@code sendError} in a filter, for one) keep the
 * shape of every other error. A plain {@code @Controller}: springdoc describes only
 * {@code @RestController}s, and {@code /error} is no operation of the API.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		// Asked for directly, not dispatched to on an error: nothing is served here.
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
		ProblemType type = StatusProblems.type(status);
		ProblemDetail body = ApiExceptionHandler.detail(type, StatusProblems.detail(status));
		body.setStatus(status);
		body.setInstance(instance(request));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** The address the failed request was for, not {@code /error}; none when it is no valid URI. */
	private static URI instance(HttpServletRequest request) {
		try {
			return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? new URI(uri) : null;
		}
		catch (URISyntaxException invalid) {
			return null;
		}
	}
}
