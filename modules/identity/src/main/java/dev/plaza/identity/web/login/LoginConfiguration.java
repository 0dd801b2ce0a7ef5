package dev.plaza.identity.web.login;

import dev.plaza.identity.application.LoginProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The login pages' security: a browser session (in identity's database, so every instance serves
 * every step; its cookie HttpOnly, Secure and SameSite=Lax), CSRF tokens on every form, and a strict
 * Content-Security-Policy — the pages need no script, style or frame from anywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "identity.spring_session")
class LoginConfiguration {

	static final String COOKIE = "PLAZA_SESSION";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain loginFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/login", "/login/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	CookieSerializer browserSessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setUseHttpOnlyCookie(true);
		// Browsers treat loopback (127.0.0.1, localhost) as secure, so the cookie works in development too.
		cookie.setUseSecureCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> browserSessionTimeout(LoginProperties properties) {
		return sessions -> sessions.setDefaultMaxInactiveInterval(properties.browserSessionTimeout());
	}

	/** The OpenID Connect endpoints find a person's browser sessions here, whichever instance made them. */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}
}
