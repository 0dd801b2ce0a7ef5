package dev.plaza.storefront.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.plaza.storefront.application.StorefrontProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders pages and answers them cacheably: public for {@code maxAge}, with a weak ETag of the content,
 * so that a browser or proxy asking again with {@code If-None-Match} gets a 304 without the body.
 */
@Component
class Pages {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final SpringTemplateEngine templates;

	private final StorefrontProperties properties;

	Pages(SpringTemplateEngine templates, StorefrontProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/** The template under {@code templates/storefront/} rendered with these variables. */
	String render(String template, Map<String, Object> variables) {
		Context context = new Context(properties.locale(), variables);
		context.setVariable("language", properties.language());
		return templates.process("storefront/" + template, context);
	}

	ResponseEntity<String> page(String template, Map<String, Object> variables) {
		return cacheable(HTML, render(template, variables));
	}

	ResponseEntity<String> cacheable(MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(properties.maxAge()).cachePublic())
			// Weak: the same page may travel gzip-compressed or not, and Tomcat compresses no response with a strong ETag.
			.eTag("W/\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"")
			.body(body);
	}
}
