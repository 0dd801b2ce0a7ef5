package dev.plaza.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.plaza.bench.Workload.SetupException;

/** Requests as a tenant's API client sends them (its token, JSON), and setup calls that must succeed. */
final class TenantApi {

	private final Options options;

	TenantApi(Options options) {
		this.options = options;
	}

	HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(options.timeoutSeconds()))
			.header("Authorization", "Bearer " + options.token())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
	}

	/** A setup request that must answer one of the given statuses; its body. */
	String send(HttpClient client, String method, String path, String body, int... expected)
			throws SetupException, InterruptedException {
		URI uri = options.baseUrl().resolve(path);
		HttpResponse<String> response;
		try {
			response = client.send(request(uri).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SetupException(method + " " + uri + " failed: " + ex);
		}
		for (int status : expected) {
			if (response.statusCode() == status) {
				return response.body();
			}
		}
		throw new SetupException(method + " " + uri + " answered " + response.statusCode() + ": "
				+ LoadGenerator.truncate(response.body(), 1000));
	}
}
