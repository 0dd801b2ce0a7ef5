package dev.plaza.backoffice.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * htmx from its webjar under {@code /admin/webjars/} (the locator finds the version), so the back
 * office needs nothing outside {@code /admin} even on a port of its own.
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/admin/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}
}
