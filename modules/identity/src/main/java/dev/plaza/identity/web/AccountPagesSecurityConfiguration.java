package dev.plaza.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The account pages people reach from e-mailed links (activation, password reset, second-factor
 * enrolment): open to anyone holding a link, with a session for the CSRF token their forms carry, a
 * strict Content-Security-Policy (no script at all) and no referrer, so a link's token never leaks
 * to another site. Ordered before the API's chain, which matches everything else.
 */
@Configuration(proxyBeanMethods = false)
class AccountPagesSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain accountPagesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/account/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}
}
