package dev.plaza;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import dev.plaza.devmail.DevMailbox;
import dev.plaza.identity.IdentityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the operator, once Plaza is ready, where it really listens, how to get a first token, where the
 * API is described, and where e-mail goes while no SMTP server is configured.
 */
@Component
class ReadyBanner {

	private final IdentityProperties identity;

	private final Environment environment;

	ReadyBanner(IdentityProperties identity, Environment environment) {
		this.identity = identity;
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) throws UnknownHostException {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		int port = web.getWebServer().getPort();
		InetAddress address = InetAddress.getByName(environment.getProperty("server.address", "0.0.0.0"));
		String url = address.isAnyLocalAddress() ? "http://127.0.0.1:" + port : "http://" + host(address) + ":" + port;
		String reach = address.isAnyLocalAddress() ? "listening on every interface (PLAZA_ADDRESS=" + address.getHostAddress() + ")"
				: address.isLoopbackAddress() ? "for this machine only (PLAZA_ADDRESS=0.0.0.0 listens on every interface)"
						: "listening on " + address.getHostAddress() + " only";
		Path credentials = identity.adminCredentials().toAbsolutePath();
		String secret = identity.adminClientSecret().isBlank()
				? "$(sed -n 's/^client_secret=//p' " + credentials + ")" : "$PLAZA_ADMIN_CLIENT_SECRET";
		String mail = environment.containsProperty(DevMailbox.PAGE_PROPERTY)
				? "  E-mail: no SMTP server configured (SPRING_MAIL_HOST), so it stays in the dev mailbox: %s%s%n"
					.formatted(url, environment.getProperty(DevMailbox.PAGE_PROPERTY))
				: "";
		System.out.printf("""

				Plaza is ready at %1$s (started in %3$.1f s), %2$s
				  Admin client 'plaza-admin', secret %4$s
				  Get a token:
				    curl -s -u "plaza-admin:%5$s" -d grant_type=client_credentials %1$s/oauth2/token
				  API: %1$s/swagger-ui.html (description %1$s/v3/api-docs)    Health: %1$s/actuator/health
				%6$s
				""", url, reach, event.getTimeTaken().toMillis() / 1000.0,
				identity.adminClientSecret().isBlank() ? "in " + credentials : "from PLAZA_ADMIN_CLIENT_SECRET", secret, mail);
	}

	private static String host(InetAddress address) {
		String literal = address.getHostAddress();
		return literal.contains(":") ? "[" + literal + "]" : literal;
	}
}
