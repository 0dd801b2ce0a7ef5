package dev.plaza.sims.kyb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

/**
 * A simulated KYB provider: a real gRPC server on 127.0.0.1 serving {@code plaza.kyb.v1.BusinessVerification}
 * (the contract in this module's {@code src/main/proto}). Markers in a business's legal name choose how it is
 * answered ({@code [unavailable x2]}, {@code [exhausted]}, {@code [malformed]}, {@code [slow]},
 * {@code [rejected]}, {@code [duplicate]}: see {@link Markers}); the {@link Settings} add latency, random
 * failure rates for load runs, sanctioned names and a per-client concurrency limit. Every question is
 * recorded ({@link #arrivals(String)}), so tests can count retries and measure their spacing. For tests
 * and local runs; nothing is kept across restarts.
 *
 * <pre>{@code
 * try (KybProviderSimulator provider = KybProviderSimulator.start(Settings.defaults())) {
 *     ... provider.target() ...
 * }
 * }</pre>
 */
public final class KybProviderSimulator implements AutoCloseable {

	private final Settings settings;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Arrivals arrivals = new Arrivals();

	private final ClientLimits limits;

	private final Server server;

	private KybProviderSimulator(Settings settings) {
		this.settings = settings;
		this.limits = new ClientLimits(settings.maxConcurrentPerClient());
		Verifications verifications = new Verifications(settings, arrivals, limits);
		this.server = NettyServerBuilder
			.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()))
			.executor(workers)
			.addService(ServerInterceptors.intercept(verifications, new ApiKeys()))
			.build();
		try {
			server.start();
		}
		catch (IOException ex) {
			workers.shutdownNow();
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + settings.port(), ex);
		}
	}

	/** Starts listening at once, on the settings' port or a free one. */
	public static KybProviderSimulator start(Settings settings) {
		return new KybProviderSimulator(settings);
	}

	public int port() {
		return server.getPort();
	}

	/** Where to connect, as a gRPC target: {@code 127.0.0.1:<port>}. */
	public String target() {
		return "127.0.0.1:" + port();
	}

	public Settings settings() {
		return settings;
	}

	/** The questions asked with this request id, in order of arrival, each with how it was answered. */
	public List<Arrival> arrivals(String requestId) {
		return arrivals.of(requestId);
	}

	/** Every question asked so far. */
	public List<Arrival> arrivals() {
		return arrivals.all();
	}

	/** The most verifications the client (an API key) had in flight at once. */
	public int peakInFlight(String apiKey) {
		return limits.peak(apiKey);
	}

	@Override
	public void close() {
		server.shutdownNow();
		workers.shutdownNow();
		try {
			server.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs the simulator on its own: {@code --port=9191 --api-key=… --latency=PT0.05S --jitter=PT0.01S
	 * --transient-failure-rate=0.05 --exhausted-rate=0 --duplicate-rate=0 --retry-after=PT0.2S
	 * --max-concurrent-per-client=16}; anything left out takes {@link Settings#defaults()}.
	 */
	public static void main(String[] args) throws InterruptedException {
		Settings settings = Settings.defaults().withPort(9191);
		for (String arg : args) {
			String[] option = arg.split("=", 2);
			if (option.length != 2) {
				throw new IllegalArgumentException("Options look like --name=value, got " + arg);
			}
			settings = switch (option[0]) {
				case "--port" -> settings.withPort(Integer.parseInt(option[1]));
				case "--api-key" -> settings.withApiKeys(Set.of(option[1]));
				case "--latency" -> settings.withLatency(Duration.parse(option[1]), settings.jitter());
				case "--jitter" -> settings.withLatency(settings.latency(), Duration.parse(option[1]));
				case "--transient-failure-rate" -> settings.withTransientFailureRate(Double.parseDouble(option[1]));
				case "--exhausted-rate" -> settings.withExhaustedRate(Double.parseDouble(option[1]));
				case "--duplicate-rate" -> settings.withDuplicateRate(Double.parseDouble(option[1]));
				case "--retry-after" -> settings.withRetryAfter(Duration.parse(option[1]));
				case "--max-concurrent-per-client" -> settings.withMaxConcurrentPerClient(Integer.parseInt(option[1]));
				default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; known: --port, --api-key, "
						+ "--latency, --jitter, --transient-failure-rate, --exhausted-rate, --duplicate-rate, --retry-after, "
						+ "--max-concurrent-per-client");
			};
		}
		KybProviderSimulator simulator = start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		System.out.println("Simulated KYB provider at " + simulator.target() + " (API keys " + settings.apiKeys() + ")");
		Thread.currentThread().join();
	}
}
