package dev.plaza.media;

import java.io.IOException;

/**
 * Main class of the S3Proxy child JVM: runs S3Proxy's own {@code Main}, and exits once the test JVM
 * is gone. The test JVM holds the child's standard input open; when it dies, even by SIGKILL where
 * no shutdown hook runs, the pipe closes and this JVM stops too, so no server outlives its tests.
 */
final class S3ProxyLauncher {

	private S3ProxyLauncher() {
	}

	public static void main(String[] args) throws Exception {
		Thread watch = new Thread(S3ProxyLauncher::exitOnEndOfInput, "exit-with-test-jvm");
		watch.setDaemon(true);
		watch.start();
		// By name: S3Proxy is on this JVM's class path only, never on the tests' own.
		Class.forName("org.gaul.s3proxy.Main").getMethod("main", String[].class).invoke(null, (Object) args);
	}

	private static void exitOnEndOfInput() {
		try {
			while (System.in.read() != -1) {
				// The test JVM writes nothing; only the end of input matters.
			}
		}
		catch (IOException closed) {
			// As good as the end of input.
		}
		System.exit(0);
	}
}
