package dev.plaza.backoffice.web;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's stylesheet, mapped by name: the static resource handler ranks below every
 * controller, and the storefront's two-segment pages ({@code /{city}/{movie}}) would answer
 * {@code /admin/admin.css} first.
 */
@Controller
class Stylesheet {

	private static final Resource CSS = new ClassPathResource("static/admin/admin.css");

	@GetMapping("/admin/admin.css")
	ResponseEntity<Resource> css() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(CSS);
	}
}
