package dev.plaza.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntFunction;

import dev.plaza.platform.ProblemType;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on a request it refuses before any servlet sees it (an invalid request line or
 * path, headers too large), written as problem details instead of Tomcat's HTML error page: the
 * problem type that goes with the status, and advice on what to send instead.
 */
public final class ProblemReportValve extends ErrorReportValve {

	private final ProblemResponses problems;

	private final IntFunction<String> advice;

	private ProblemReportValve(ProblemResponses problems, IntFunction<String> advice) {
		this.problems = problems;
		this.advice = advice;
	}

	/** Puts a valve giving Plaza's own advice for each status in the place of the host's {@link ErrorReportValve}. */
	public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> inPlaceOfErrorPages(ProblemResponses problems) {
		return inPlaceOfErrorPages(problems, StatusProblems::detail);
	}

	/** The same, with {@code advice} saying, for a status, what the caller should send instead. */
	public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> inPlaceOfErrorPages(ProblemResponses problems,
			IntFunction<String> advice) {
		return factory -> factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			host.getPipeline().addValve(new ProblemReportValve(problems, advice));
			// The host adds an ErrorReportValve of this class name unless its pipeline already holds one.
			((StandardHost) host).setErrorReportValveClass(ProblemReportValve.class.getName());
		});
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
				writer.write(problems.render(new ProblemType(type.slug(), type.title(), status), advice.apply(status),
						request.getDecodedRequestURI()));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException unwritable) {
			// The connection is gone or the response was committed meanwhile: nothing more to tell.
		}
	}
}
