package dev.plaza.backoffice.web;

import dev.plaza.backoffice.application.PlazaUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The pages run only their own script and style. A form may post only here, or to Plaza's login
 * when the back office has a port of its own: browsers hold a form's redirects to
 * {@code form-action} too, and logging in or out passes through Plaza's address.
 */
final class ContentSecurityPolicy implements HeaderWriter {

	private final PlazaUrls urls;

	ContentSecurityPolicy(PlazaUrls urls) {
		this.urls = urls;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self' " + urls.login()
				+ "; base-uri 'none'; object-src 'none'");
	}
}
