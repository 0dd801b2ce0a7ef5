package dev.plaza.platform.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors answered before Spring MVC sees a request are problem details too: those of Spring
 * Security's firewall (a path with {@code ;}, an encoded {@code /} or {@code %00}) and those Tomcat
 * answers itself (an invalid request line or path, headers too large), which would otherwise be
 * Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	RequestRejectedHandler requestRejected(ProblemResponses problems) {
		return AmbiguousPaths.refusedAsProblem(problems, rejected -> "The request was refused: " + rejected.getMessage()
				+ ". Spell the path plainly: no ';', no encoded '/', '\\', '%' or NUL, no '..' segments.");
	}

	/**
	 * Lets an encoded slash ({@code %2F}) through Tomcat, which would refuse it without saying why, to the
	 * firewall, which refuses it as the {@code invalid-path} the gateway and the edge answer for it.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
		return AmbiguousPaths.encodedSlashesPassThrough();
	}

	/** Puts {@link ProblemReportValve} in the place of the host's error page. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ProblemResponses problems) {
		return ProblemReportValve.inPlaceOfErrorPages(problems);
	}
}
