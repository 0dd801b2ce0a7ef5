package dev.plaza.sims.cardprocessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.sun.net.httpserver.HttpServer;

/**
 * A simulated card processor: a real HTTP server on 127.0.0.1 speaking a Stripe-like charges API
 * ({@link ChargesApi}), whose test tokens ({@code tok_approve}, {@code tok_decline}, {@code tok_timeout},
 * {@code tok_pending}, {@code tok_duplicate_webhook}) choose how a charge behaves, and which announces
 * outcomes by signed webhooks. Cards are entered on its hosted card page ({@link HostedCardPage},
 * {@code /hosted/card}) or sent to {@code POST /v1/tokens}; either gives a random token whose behaviour the test
 * card number chooses (see {@link TestToken}: 4242 4242 4242 4242 approves, 4000 0000 0000 0002 declines). For tests and local runs; nothing is kept across restarts.
 *
 * <pre>{@code
 * try (CardProcessorSimulator processor = CardProcessorSimulator.start(Settings.defaults())) {
 *     processor.sendWebhooksTo(URI.create("http://127.0.0.1:8080/webhooks"));
 *     ... processor.baseUrl() ...
 * }
 * }</pre>
 */
public final class CardProcessorSimulator implements AutoCloseable {

	private final Settings settings;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
		.daemon()
		.name("card-processor-timer")
		.factory());

	private final Webhooks webhooks;

	private final Cards cards = new Cards();

	private final ChargesApi api;

	private final int port;

	private HttpServer server;

	private CardProcessorSimulator(Settings settings) {
		this.settings = settings;
		this.webhooks = new Webhooks(settings, workers);
		this.api = new ChargesApi(settings, new Processor(settings, cards, webhooks, timer), cards);
		this.server = listen(settings.port());
		this.port = server.getAddress().getPort();
	}

	/** Starts listening at once, on the settings' port or a free one. */
	public static CardProcessorSimulator start(Settings settings) {
		return new CardProcessorSimulator(settings);
	}

	/** Where the API is, such as {@code http://127.0.0.1:41234}. */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port);
	}

	public Settings settings() {
		return settings;
	}

	/** Sends webhooks to this receiver from now on, including those announced before any was set. */
	public void sendWebhooksTo(URI receiver) {
		webhooks.sendTo(receiver);
	}

	/**
	 * The processor goes down: its port refuses connections until the returned outage is closed, when
	 * it listens on the same port again with everything it knew. Pending charges still settle meanwhile.
	 */
	public synchronized Outage outage() {
		server.stop(0);
		return () -> {
			synchronized (this) {
				server = listen(port);
			}
		};
	}

	/** A processor outage; closing it brings the processor back. */
	@FunctionalInterface
	public interface Outage extends AutoCloseable {

		@Override
		void close();
	}

	@Override
	public synchronized void close() {
		server.stop(0);
		timer.shutdownNow();
		workers.shutdownNow();
	}

	private HttpServer listen(int port) {
		try {
			HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
			listening.createContext("/", api);
			listening.createContext("/hosted/card", new HostedCardPage(cards));
			listening.setExecutor(workers);
			listening.start();
			return listening;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, ex);
		}
	}

	/**
	 * Runs the simulator on its own: {@code --port=8181 --api-key=… --webhook-url=… --webhook-secret=…
	 * --latency=PT0.02S}; anything left out takes {@link Settings#defaults()}.
	 */
	public static void main(String[] args) throws InterruptedException {
		Settings settings = Settings.defaults().withPort(8181);
		for (String arg : args) {
			String[] option = arg.split("=", 2);
			if (option.length != 2) {
				throw new IllegalArgumentException("Options look like --name=value, got " + arg);
			}
			settings = switch (option[0]) {
				case "--port" -> settings.withPort(Integer.parseInt(option[1]));
				case "--api-key" -> settings.withApiKey(option[1]);
				case "--webhook-url" -> settings.withWebhookUrl(URI.create(option[1]));
				case "--webhook-secret" -> settings.withWebhookSecret(option[1]);
				case "--latency" -> settings.withLatency(Duration.parse(option[1]));
				default -> throw new IllegalArgumentException("Unknown option " + option[0]
						+ "; known: --port, --api-key, --webhook-url, --webhook-secret, --latency");
			};
		}
		CardProcessorSimulator simulator = start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		System.out.println("Simulated card processor at " + simulator.baseUrl() + " (API key " + settings.apiKey()
				+ ", webhooks to " + settings.webhookUrl() + ")");
		Thread.currentThread().join();
	}
}
