package dev.plaza;

import java.nio.file.Path;

import dev.plaza.identity.IdentityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once Plaza is ready, where it listens and how to get a first token. */
@Component
class ReadyBanner {

	private final IdentityProperties identity;

	ReadyBanner(IdentityProperties identity) {
		this.identity = identity;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		String url = "http://127.0.0.1:" + web.getWebServer().getPort();
		Path credentials = identity.adminCredentials().toAbsolutePath();
		String secret = identity.adminClientSecret().isBlank()
				? "$(sed -n 's/^client_secret=//p' " + credentials + ")" : "$PLAZA_ADMIN_CLIENT_SECRET";
		System.out.printf("""

				Plaza is ready at %1$s (started in %2$.1f s)
				  Admin client 'plaza-admin', secret %3$s
				  Get a token:
				    curl -s -u "plaza-admin:%4$s" -d grant_type=client_credentials %1$s/oauth2/token
				  API description: %1$s/v3/api-docs    Health: %1$s/actuator/health

				""", url, event.getTimeTaken().toMillis() / 1000.0,
				identity.adminClientSecret().isBlank() ? "in " + credentials : "from PLAZA_ADMIN_CLIENT_SECRET", secret);
	}
}
