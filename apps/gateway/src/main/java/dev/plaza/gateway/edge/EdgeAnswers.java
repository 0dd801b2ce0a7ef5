package dev.plaza.gateway.edge;

import dev.plaza.gateway.GatewayProperties;
import dev.plaza.platform.web.ProblemReportValve;
import dev.plaza.platform.web.ProblemResponses;
import dev.plaza.platform.web.RequestBodyLimitFilter;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's web pieces the gateway answers with, in the shape Plaza's services answer: problem
 * details from filters and routes, the body limit ({@code plaza.gateway.max-request-body}), and
 * problems in place of Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class EdgeAnswers {

	private static final String MALFORMED = "The request could not be read: its path leaves the root (/..) or holds a"
			+ " backslash, a NUL (%00) or another invalid character, or a header line is malformed. Send a plain path,"
			+ " such as /api/v1/ledger/accounts, and well-formed headers.";

	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

	/**
	 * A declared length over the limit is refused before a service is bothered; a chunked body is counted
	 * while it is sent on, and its route answers 413 once it grows past the limit.
	 */
	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(GatewayProperties properties, ProblemResponses problems) {
		return new RequestBodyLimitFilter(properties.maxRequestBody(), problems);
	}

	/** Requests Tomcat refuses before the gateway sees them: a backslash or a NUL in the path, a path above the root. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorsAsProblems(ProblemResponses problems) {
		return ProblemReportValve.inPlaceOfErrorPages(problems,
				status -> status == 400 ? MALFORMED : "The gateway could not serve this request.");
	}
}
