package dev.plaza.platform.web;

import java.io.IOException;
import java.io.Writer;

import dev.plaza.platform.ProblemResponses;
import dev.plaza.platform.ProblemType;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
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
		return (request, response, rejected) -> problems.write(response, ProblemType.INVALID_PATH, "The request was refused: "
				+ rejected.getMessage() + ". Spell the path plainly: no ';', no encoded '/', '\\', '%' or NUL, no '..' segments.",
				request.getRequestURI());
	}

	/**
	 * Lets an encoded slash ({@code %2F}) through Tomcat, which would refuse it without saying why, to the
	 * firewall, which refuses it as the {@code invalid-path} the gateway and the edge answer for it.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
		return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

	/** Puts {@link ProblemReportValve} in the place of the host's {@link ErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ProblemResponses problems) {
		return factory -> factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			host.getPipeline().addValve(new ProblemReportValve(problems));
			// The host adds an ErrorReportValve of this class name unless its pipeline already holds one.
			((StandardHost) host).setErrorReportValveClass(ProblemReportValve.class.getName());
		});
	}

	/** Tomcat's last word on a failed request, written as problem details instead of an HTML page. */
	static final class ProblemReportValve extends ErrorReportValve {

		private final ProblemResponses problems;

		ProblemReportValve(ProblemResponses problems) {
			this.problems = problems;
		}

		@Override
		protected void report(Request request, Response response, Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			ProblemType type = StatusProblems.type(status);
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(problems.render(new ProblemType(type.slug(), type.title(), status),
							StatusProblems.detail(status), request.getDecodedRequestURI()));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException unwritable) {
				// The connection is gone or the response was committed meanwhile: nothing more to tell.
			}
		}
	}
}
