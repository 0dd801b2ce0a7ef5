package dev.plaza.gateway.edge;

import dev.plaza.gateway.GatewayProperties;
import dev.plaza.platform.web.AmbiguousPaths;
import dev.plaza.platform.web.ProblemReportValve;
import dev.plaza.platform.web.ProblemResponses;
import dev.plaza.platform.web.RequestBodyLimitFilter;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's web pieces the gateway answers with, in the shape Plaza's services answer: problem
 * details from filters and routes, the body limit ({@code plaza.gateway.max-request-body}), paths
 * servers read differently refused as problems, and problems in place of Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class EdgeAnswers {

	private static final String MALFORMED = "The request could not be read: its path leaves the root (/..) or holds a"
			+ " backslash, a NUL (%00) or another invalid character, or a header line is malformed. Send a plain path,"
			+ " such as /api/v1/ledger/accounts, and well-formed headers.";

	private static final String AMBIGUOUS = "The path has a segment servers read differently: path parameters (;), a"
			+ " backslash, an encoded slash, backslash, dot, semicolon or percent sign (%2F, %5C, %2E, %3B, %25), an empty"
			+ " segment (//), or a . or .. segment. Send the plain path, such as /api/v1/ledger/accounts.";

	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

	/**
	 * A declared length over the limit is refused before a service is bothered; a chunked body is counted
	 * while it is sent on, and its route answers 413 once it grows past the limit. The services' large
	 * uploads pass up to their own limit, which the service then holds them to as well.
	 */
	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(GatewayProperties properties, ProblemResponses problems) {
		return new RequestBodyLimitFilter(properties.maxRequestBody(), problems, properties.largeUploads());
	}

	/**
	 * Tomcat lets an encoded slash ({@code %2F}) through as it is: {@link InternalPathsFilter} then answers
	 * {@code /internal%2Fv1} as the internal path it may be read as, and the firewall refuses every other
	 * such path as a problem.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashes() {
		return AmbiguousPaths.encodedSlashesPassThrough();
	}

	/**
	 * Spring Security's firewall answers the paths it refuses with this handler, as nginx does. Left to the
	 * default handler the refusal became an error dispatch, which the catch-all route forwarded to Plaza as
	 * {@code /error} and answered with Plaza's 200.
	 */
	@Bean
	RequestRejectedHandler ambiguousPathRefused(ProblemResponses problems) {
		return AmbiguousPaths.refusedAsProblem(problems, refused -> AMBIGUOUS);
	}

	/** Requests Tomcat refuses before the gateway sees them: a backslash or a NUL in the path, a path above the root. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorsAsProblems(ProblemResponses problems) {
		return ProblemReportValve.inPlaceOfErrorPages(problems,
				status -> status == 400 ? MALFORMED : "The gateway could not serve this request.");
	}
}
