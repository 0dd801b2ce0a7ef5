package dev.plaza.lending.bureau;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BureauProperties.class)
class BureauConfiguration {

	@Bean
	SoapCreditBureau creditBureau(BureauProperties properties, ObjectProvider<MeterRegistry> meters) {
		if (!StringUtils.hasText(properties.url())) {
			throw new IllegalStateException("No credit bureau is configured: set plaza.lending.bureau.url "
					+ "(PLAZA_LENDING_BUREAU_URL) to the bureau's SOAP endpoint");
		}
		return new SoapCreditBureau(properties, meters.getIfAvailable(SimpleMeterRegistry::new));
	}
}
