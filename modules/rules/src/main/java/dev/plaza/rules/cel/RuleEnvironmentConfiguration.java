package dev.plaza.rules.cel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One CEL environment for the application, with the default limits. */
@Configuration(proxyBeanMethods = false)
class RuleEnvironmentConfiguration {

	@Bean
	RuleEnvironment ruleEnvironment() {
		return new RuleEnvironment(RuleLimits.DEFAULT);
	}
}
