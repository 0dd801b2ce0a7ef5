package dev.plaza.backoffice.web;

import dev.plaza.backoffice.application.PlazaLogin;
import dev.plaza.backoffice.application.PlazaUrls;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The back office's security: staff log in through Plaza's authorization server (Spring
 * Security's OAuth 2.0 login, authorization code + PKCE), the session keeps their tokens, every
 * form carries a CSRF token, and every page answers a strict Content-Security-Policy, no caching
 * and {@code X-Content-Type-Options: nosniff}.
 */
@Configuration(proxyBeanMethods = false)
class BackofficeSecurity {

	/** Apart from the login pages' own: logging into the back office does not change who is logged into Plaza. */
	private static final String SECURITY_CONTEXT = "PLAZA_BACKOFFICE_SECURITY_CONTEXT";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 5)
	SecurityFilterChain backofficeFilterChain(HttpSecurity http, PlazaLogin registrations,
			OAuth2AuthorizedClientRepository authorizedClients, PlazaUrls urls) throws Exception {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey(SECURITY_CONTEXT);
		http.securityMatcher("/admin", "/admin/**")
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/assets/**", "/admin/webjars/**", "/admin/signed-out", "/admin/forbidden").permitAll()
				.anyRequest().authenticated())
			.oauth2Login(login -> login.clientRegistrationRepository(registrations)
				.authorizedClientRepository(authorizedClients)
				.securityContextRepository(contexts)
				.loginPage("/admin/login/" + PlazaLogin.REGISTRATION)
				.authorizationEndpoint(authorization -> authorization.baseUri("/admin/login"))
				.redirectionEndpoint(redirection -> redirection.baseUri("/admin/login/code/*"))
				.defaultSuccessUrl("/admin", false))
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/signed-out"))
			.exceptionHandling(errors -> errors.accessDeniedPage("/admin/forbidden"))
			.headers(headers -> headers
				.addHeaderWriter(new ContentSecurityPolicy(urls))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	OAuth2AuthorizedClientRepository backofficeAuthorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	OAuth2AuthorizedClientManager backofficeAuthorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().build());
		return manager;
	}
}
