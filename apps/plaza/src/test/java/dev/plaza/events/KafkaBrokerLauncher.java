package dev.plaza.events;

import java.io.IOException;

/**
 * Main class of the Kafka broker's child JVM: runs Kafka's own {@code kafka.Kafka}, and exits once
 * the test JVM is gone. The test JVM holds the child's standard input open; when it dies, even by
 * SIGKILL where no shutdown hook runs, the pipe closes and the broker stops too.
 */
final class KafkaBrokerLauncher {

	private KafkaBrokerLauncher() {
	}

	public static void main(String[] args) throws Exception {
		Thread watch = new Thread(KafkaBrokerLauncher::exitOnEndOfInput, "exit-with-test-jvm");
		watch.setDaemon(true);
		watch.start();
		Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
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
