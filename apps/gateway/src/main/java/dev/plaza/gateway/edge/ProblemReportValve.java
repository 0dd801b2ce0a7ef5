package dev.plaza.gateway.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers the requests Tomcat refuses before the gateway sees them — a backslash or a NUL in the path, a
 * path above the root ({@code /..}) — as a problem instead of Tomcat's HTML page. Tomcat makes it by its
 * class name ({@link TomcatErrorsAsProblems}), so it is public with a constructor that takes nothing.
 */
public final class ProblemReportValve extends ErrorReportValve {

	private static final String MALFORMED = "{\"type\":\"https://plaza.dev/problems/malformed-request\","
			+ "\"title\":\"Malformed request\",\"status\":400,\"detail\":\"The request could not be read: its path"
			+ " leaves the root (/..) or holds a backslash, a NUL (%00) or another invalid character, or a header line is"
			+ " malformed. Send a plain path, such as /api/v1/ledger/accounts, and well-formed headers.\"}";

	@Override
	protected void report(Request request, Response response, Throwable failure) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String body = status == 400 ? MALFORMED
				: "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"The gateway could not serve this request.\"}";
		try {
			response.setContentType("application/problem+json");
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException clientGone) {
			// Nothing more can be said to a client that is gone.
		}
	}
}
