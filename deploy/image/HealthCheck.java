import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container healthcheck for Plaza's images, which have neither a shell nor curl: deploy/image.sh
 * compiles this into each image's {@code /opt/healthcheck}, and compose.yaml runs
 * {@code /opt/java/bin/java -cp /opt/healthcheck HealthCheck <url>}. It exits 0 when the URL answers
 * 2xx (readiness is UP) and 1 when it answers anything else or nothing within the timeouts.
 */
public final class HealthCheck {

	private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

	private static final int READ_TIMEOUT_MILLIS = 3_000;

	private HealthCheck() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: java -cp /opt/healthcheck HealthCheck http://127.0.0.1:8080/actuator/health/readiness");
			System.exit(2);
		}
		System.exit(healthy(args[0]) ? 0 : 1);
	}

	/** Docker keeps what a healthcheck prints, for docker inspect: say what was seen. */
	private static boolean healthy(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
			connection.setReadTimeout(READ_TIMEOUT_MILLIS);
			int status = connection.getResponseCode();
			System.out.println(url + " answered " + status);
			return status / 100 == 2;
		}
		catch (IOException | IllegalArgumentException ex) {
			System.out.println(url + " did not answer: " + ex);
			return false;
		}
	}
}
