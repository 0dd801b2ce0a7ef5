package dev.plaza.onboarding.kyb;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KybProperties.class)
class KybConfiguration {

	@Bean
	GrpcKybProvider kybProvider(KybProperties properties, ObjectProvider<MeterRegistry> meters) {
		if (!StringUtils.hasText(properties.target())) {
			throw new IllegalStateException("No KYB provider is configured: set plaza.onboarding.kyb.target "
					+ "(PLAZA_ONBOARDING_KYB_TARGET) and plaza.onboarding.kyb.api-key to the provider's gRPC address and "
					+ "Plaza's key there");
		}
		return new GrpcKybProvider(properties, meters.getIfAvailable(SimpleMeterRegistry::new));
	}
}
