package dev.plaza.onboarding.application;

import dev.plaza.platform.web.LargeUpload;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnboardingProperties.class)
class OnboardingConfiguration {

	/** Jobs are uploads of up to {@code plaza.onboarding.max-upload}, far past the API's usual body limit. */
	@Bean
	LargeUpload onboardingUploads(OnboardingProperties properties) {
		return new LargeUpload("POST", "/api/v1/onboarding/jobs", properties.maxUpload());
	}
}
