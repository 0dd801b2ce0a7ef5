package dev.plaza.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plaza's apps refuse request bodies over {@code plaza.http.max-request-body}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class BodyLimit {

	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(HttpProperties properties, ProblemResponses problems) {
		return new RequestBodyLimitFilter(properties.maxRequestBody(), problems);
	}
}
