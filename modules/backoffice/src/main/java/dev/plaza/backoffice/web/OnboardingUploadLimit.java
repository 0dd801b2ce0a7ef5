package dev.plaza.backoffice.web;

import dev.plaza.platform.web.LargeUpload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The upload form of onboarding jobs takes files as large as the onboarding API does (200 MB), and
 * a little more for the form around the file, far past the usual limit of a request's body.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingUploadLimit {

	@Bean
	LargeUpload backOfficeOnboardingUploads() {
		return new LargeUpload("POST", "/admin/onboarding", DataSize.ofMegabytes(201));
	}
}
