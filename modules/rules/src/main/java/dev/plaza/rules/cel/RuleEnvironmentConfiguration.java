package dev.plaza.rules.cel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One CEL environment for the application, with the limits {@code plaza.rules.limits.*} sets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleLimits.class)
class RuleEnvironmentConfiguration {

	@Bean
	RuleEnvironment ruleEnvironment(RuleLimits limits) {
		return new RuleEnvironment(limits);
	}
}
