package dev.plaza.backoffice.web;

import java.io.IOException;

import dev.plaza.backoffice.BackofficeProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff traffic apart from customers': with {@code plaza.backoffice.port} set, a second connector
 * listens there and serves {@code /admin} only, while the main port answers 404 for {@code /admin}.
 */
@Configuration(proxyBeanMethods = false)
// Set but empty (PLAZA_ADMIN_PORT unset) means no port of its own.
@ConditionalOnExpression("'${plaza.backoffice.port:}' != ''")
class AdminPort {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> adminConnector(BackofficeProperties properties) {
		return factory -> {
			Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
			connector.setPort(properties.port());
			factory.addAdditionalConnectors(connector);
		};
	}

	/** Before everything else, security included: a path on the wrong port does not exist there. */
	@Bean
	FilterRegistrationBean<SplitByPort> adminPortSplit(BackofficeProperties properties) {
		FilterRegistrationBean<SplitByPort> registration = new FilterRegistrationBean<>(new SplitByPort(properties.port()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class SplitByPort extends OncePerRequestFilter {

		private final int adminPort;

		SplitByPort(int adminPort) {
			this.adminPort = adminPort;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean admin = path.equals("/admin") || path.startsWith("/admin/");
			boolean onAdminPort = request.getLocalPort() == adminPort;
			if (admin != onAdminPort) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
