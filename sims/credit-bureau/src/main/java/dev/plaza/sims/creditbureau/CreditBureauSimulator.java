package dev.plaza.sims.creditbureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.springframework.ws.server.EndpointInterceptor;
import org.springframework.ws.server.endpoint.adapter.MessageEndpointAdapter;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.soap.server.SoapEndpointInvocationChain;
import org.springframework.ws.soap.server.SoapMessageDispatcher;
import org.springframework.ws.soap.server.endpoint.SimpleSoapExceptionResolver;
import org.springframework.ws.transport.http.WebServiceMessageReceiverHttpHandler;

/**
 * A simulated credit bureau: a real SOAP 1.1 service on 127.0.0.1 (the JDK's HTTP server and Spring Web
 * Services) answering {@code GetCreditReport} under the contract in this module's resources, served at
 * {@code /credit-bureau?wsdl}. Requests breaking the schema get a Client fault. Answers come from the
 * national id ({@link CreditFile}: {@code …750} scores 750, {@code …050} has no file); markers in the
 * applicant's name choose faults, timeouts and schema-breaking answers ({@link Markers}); the
 * {@link Settings} add latency and random faults and timeouts for load runs. A repeated request id gets its
 * first answer and counts no second inquiry. Every question is recorded ({@link #arrivals(String)}), so
 * tests can count retries. For tests and local runs; nothing is kept across restarts.
 *
 * <pre>{@code
 * try (CreditBureauSimulator bureau = CreditBureauSimulator.start(Settings.defaults())) {
 *     ... bureau.url() ...
 * }
 * }</pre>
 */
public final class CreditBureauSimulator implements AutoCloseable {

	private final Settings settings;

	private final Arrivals arrivals = new Arrivals();

	private final Inquiries inquiries = new Inquiries();

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpServer server;

	private CreditBureauSimulator(Settings settings) {
		this.settings = settings;
		try {
			// A deep accept queue: load runs open many connections at once.
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 1024);
		}
		catch (IOException ex) {
			workers.shutdownNow();
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + settings.port(), ex);
		}
		server.setExecutor(workers);
		server.createContext("/", new ContractFiles(url(), soap()));
		server.start();
	}

	/** Starts listening at once, on the settings' port or a free one. */
	public static CreditBureauSimulator start(Settings settings) {
		return new CreditBureauSimulator(settings);
	}

	private WebServiceMessageReceiverHttpHandler soap() {
		SaajSoapMessageFactory messages = new SaajSoapMessageFactory();
		messages.afterPropertiesSet();
		EndpointInterceptor[] validation = { new RequestValidation() };
		CreditReports endpoint = new CreditReports(settings, inquiries, arrivals);
		SoapMessageDispatcher dispatcher = new SoapMessageDispatcher();
		dispatcher.setEndpointMappings(List.of(context -> new SoapEndpointInvocationChain(endpoint, validation)));
		dispatcher.setEndpointAdapters(List.of(new MessageEndpointAdapter()));
		dispatcher.setEndpointExceptionResolvers(List.of(new SimpleSoapExceptionResolver()));
		WebServiceMessageReceiverHttpHandler handler = new WebServiceMessageReceiverHttpHandler();
		handler.setMessageFactory(messages);
		handler.setMessageReceiver(dispatcher);
		return handler;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** The SOAP endpoint's address: {@code http://127.0.0.1:<port>/credit-bureau}. */
	public String url() {
		return "http://127.0.0.1:" + port() + "/credit-bureau";
	}

	public Settings settings() {
		return settings;
	}

	/** The questions asked with this request id, in order of answer, each with how it was answered. */
	public List<Arrival> arrivals(String requestId) {
		return arrivals.of(requestId);
	}

	/** Every question asked so far. */
	public List<Arrival> arrivals() {
		return arrivals.all();
	}

	/** How many inquiries the person's file shows: one per request id answered, however often it was asked. */
	public int inquiries(String nationalId) {
		return inquiries.of(nationalId);
	}

	@Override
	public void close() {
		server.stop(0);
		workers.shutdownNow();
	}

	/**
	 * Runs the simulator on its own: {@code --port=8282 --latency=PT0.1S --jitter=PT0.02S --slow-delay=PT5S
	 * --fault-rate=0.05 --timeout-rate=0.01}; anything left out takes {@link Settings#defaults()}.
	 */
	public static void main(String[] args) throws InterruptedException {
		Settings settings = Settings.defaults().withPort(8282);
		for (String arg : args) {
			String[] option = arg.split("=", 2);
			if (option.length != 2) {
				throw new IllegalArgumentException("Options look like --name=value, got " + arg);
			}
			settings = switch (option[0]) {
				case "--port" -> settings.withPort(Integer.parseInt(option[1]));
				case "--latency" -> settings.withLatency(Duration.parse(option[1]), settings.jitter());
				case "--jitter" -> settings.withLatency(settings.latency(), Duration.parse(option[1]));
				case "--slow-delay" -> settings.withSlowDelay(Duration.parse(option[1]));
				case "--fault-rate" -> settings.withFaultRate(Double.parseDouble(option[1]));
				case "--timeout-rate" -> settings.withTimeoutRate(Double.parseDouble(option[1]));
				default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; known: --port, --latency, "
						+ "--jitter, --slow-delay, --fault-rate, --timeout-rate");
			};
		}
		CreditBureauSimulator simulator = start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		System.out.println("Simulated credit bureau at " + simulator.url() + " (WSDL at " + simulator.url() + "?wsdl)");
		Thread.currentThread().join();
	}
}
