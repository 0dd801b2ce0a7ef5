package dev.plaza.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plaza's apps refuse request bodies over {@code plaza.http.max-request-body}, but for the
 * {@link LargeUpload} endpoints modules declare.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class BodyLimit {

	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(HttpProperties properties, ProblemResponses problems,
			ObjectProvider<LargeUpload> largeUploads) {
		return new RequestBodyLimitFilter(properties.maxRequestBody(), problems, largeUploads.orderedStream().toList());
	}
}
