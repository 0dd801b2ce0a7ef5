package dev.plaza.platform.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient.ResponseSpec.ErrorHandler;

/**
 * A 4xx from another service: the published interface's own refusal (a 409, such as a ledger
 * chain refused) becomes the {@link IllegalStateException} the interface declares, with the
 * service's explanation; any other is a defect in the caller and says so.
 */
final class RemoteRefusals implements ErrorHandler {

	private final String service;

	RemoteRefusals(String service) {
		this.service = service;
	}

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
		int status = response.getStatusCode().value();
		if (status == 409) {
			throw new IllegalStateException(service + " refused: " + answer);
		}
		throw new IllegalStateException(request.getMethod() + " " + request.getURI() + " to " + service + " answered "
				+ status + ": " + answer);
	}
}
