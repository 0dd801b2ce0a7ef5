package dev.plaza.identity.web;

import java.util.List;
import java.util.stream.Stream;

import dev.plaza.platform.PublicCallbacks;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.PublicSubmissions;
import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.web.ProblemAuthenticationEntryPoint;
import dev.plaza.platform.web.ProblemResponses;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything under {@code /api/} needs a valid access token — but the {@link PublicReads} modules
 * and {@link PublicSubmissions} declare, which storefront visitors call on a tenant's domain, and the
 * {@link PublicCallbacks}, which partners call and whose handlers authenticate them — and each endpoint declares the scope it needs
 * with {@code @PreAuthorize}. The modules' interfaces served to other Plaza services, under
 * {@value ServiceCalls#PATH_PREFIX}, take only the services client's token. Of the operations
 * endpoints only health (with its probes) is open: metrics and the rest need a {@code platform:admin}
 * token — unless they are served on a management port of their own ({@code PLAZA_MANAGEMENT_PORT}),
 * which only the operator's network reaches and where Prometheus scrapes without a token. The API
 * documentation stays open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ApiSecurityConfiguration {

	/**
	 * No observation per security filter, authentication and authorization: on a small API request
	 * they cost more CPU than the request's own work. The request as a whole is still observed
	 * ({@code http.server.requests}, traces).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ProblemAccessDeniedHandler accessDeniedHandler(ProblemResponses problems) {
		return new ProblemAccessDeniedHandler(problems);
	}

	@Bean
	SecurityFilterChain apiFilterChain(HttpSecurity http, ProblemResponses problems, ProblemAccessDeniedHandler denied,
			List<PublicReads> publicReads, List<PublicSubmissions> publicSubmissions,
			List<PublicCallbacks> publicCallbacks, TenantDirectory directory,
			@Value("${server.port:8080}") String serverPort, @Value("${management.server.port:}") String managementPort)
			throws Exception {
		ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
		List<RequestMatcher> storefrontCalls = Stream.concat(
				publicReads.stream()
					.flatMap(declared -> declared.pathPatterns().stream())
					.map(pattern -> PathPatternRequestMatcher.pathPattern(HttpMethod.GET, pattern)),
				publicSubmissions.stream()
					.flatMap(declared -> declared.pathPatterns().stream())
					.map(pattern -> PathPatternRequestMatcher.pathPattern(HttpMethod.POST, pattern)))
			.<RequestMatcher>map(matcher -> matcher)
			.toList();
		RequestMatcher anyoneMayRead = storefrontCalls.isEmpty() ? request -> false
				: new OrRequestMatcher(storefrontCalls);
		List<RequestMatcher> callbacks = publicCallbacks.stream()
			.flatMap(declared -> declared.pathPatterns().stream())
			.<RequestMatcher>map(pattern -> PathPatternRequestMatcher.pathPattern(HttpMethod.POST, pattern))
			.toList();
		RequestMatcher partnersMayCallBack = callbacks.isEmpty() ? request -> false : new OrRequestMatcher(callbacks);
		http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.requestMatchers(anyoneMayRead, partnersMayCallBack)
				.permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers(ServiceCalls.PATH_PREFIX + "/**")
				.hasAuthority(TenantBindingFilter.SERVICE)
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.access(onManagementPortOfItsOwn(serverPort, managementPort) ? SingleResultAuthorizationManager.permitAll()
						: AuthorityAuthorizationManager.hasAuthority(TenantBindingFilter.PLATFORM_ADMIN))
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> {
			}).authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			.addFilterAfter(new TenantBindingFilter(), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new StorefrontTenantFilter(anyoneMayRead, directory, problems), TenantBindingFilter.class);
		return http.build();
	}

	/**
	 * As Spring Boot decides it: a management port set, not negative (disabled) and not the server's
	 * own. The main port then serves no actuator endpoint at all.
	 */
	private static boolean onManagementPortOfItsOwn(String serverPort, String managementPort) {
		if (managementPort.isBlank() || managementPort.strip().startsWith("-")) {
			return false;
		}
		return "0".equals(managementPort.strip()) || !managementPort.strip().equals(serverPort.strip());
	}
}
