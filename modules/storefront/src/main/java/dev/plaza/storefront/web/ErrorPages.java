package dev.plaza.storefront.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Failures on storefront pages answer an HTML page, as a browser expects, never problem JSON. */
@ControllerAdvice(basePackageClasses = ErrorPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final Pages pages;

	ErrorPages(Pages pages) {
		this.pages = pages;
	}

	@ExceptionHandler(PageNotFound.class)
	ResponseEntity<String> notFound(HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND, "Page not found", "There is nothing at this address.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> failed(Exception failure, HttpServletRequest request) {
		log.error("Storefront page failed", failure);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"This page could not be shown. It was logged; trying again in a moment may help.");
	}

	private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String title, String message) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", request.getAttribute(Site.ATTRIBUTE));
		variables.put("title", title);
		variables.put("message", message);
		return ResponseEntity.status(status).contentType(Pages.HTML).body(pages.render("error", variables));
	}
}
