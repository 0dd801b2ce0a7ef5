package dev.plaza.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.events.KafkaBroker;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.Settings;
import dev.plaza.sims.creditbureau.CreditBureauSimulator;
import dev.plaza.sims.kyb.KybProviderSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.RedisServer;
import dev.plaza.support.TestSmtpServer;

/**
 * Plaza's scaled deployment on this machine: one PostgreSQL with a database per service, Kafka,
 * Redis, an SMTP server, the card processor, the KYB provider and the credit bureau; identity-service,
 * ledger-service, catalog-service, two commerce-service instances and the gateway in front of them, each a
 * process of its own on 127.0.0.1. Everything it starts, it stops on {@link #close()} — also after a failed start, and
 * when the JVM exits without closing it.
 */
public final class Stack implements AutoCloseable {

	/** Waited for each step of the start: a service starts in 20–40 s on a loaded two-core machine. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final String WEBHOOKS = "/api/v1/payments/webhooks/card-processor";

	private final Path root = Path.of("target", "stack-" + UUID.randomUUID().toString().substring(0, 8))
		.toAbsolutePath();

	private final String servicesSecret = secret("services");

	private final String processorApiKey = secret("sk_e2e");

	private final String processorWebhookSecret = secret("whsec_e2e");

	private final String kybApiKey = secret("kyb_e2e");

	private final ServiceProcess identity = new ServiceProcess("identity-service", "identity-service", root);

	private final ServiceProcess ledger = new ServiceProcess("ledger-service", "ledger-service", root);

	private final ServiceProcess catalog = new ServiceProcess("catalog-service", "catalog-service", root);

	private final List<ServiceProcess> commerce = List.of(
			new ServiceProcess("commerce-service", "commerce-service-1", root),
			new ServiceProcess("commerce-service", "commerce-service-2", root));

	private final ServiceProcess gateway = new ServiceProcess("gateway", "gateway", root);

	private final Thread killAtExit = new Thread(this::killServices, "stack-kill");

	private Postgres postgres;

	private KafkaBroker kafka;

	private RedisServer redis;

	private GreenMail smtp;

	private CardProcessorSimulator processor;

	private KybProviderSimulator kyb;

	private CreditBureauSimulator bureau;

	private Stack() {
		Runtime.getRuntime().addShutdownHook(killAtExit);
	}

	/** Everything started and ready, or nothing left running and the cause thrown. */
	public static Stack start() {
		Stack stack = new Stack();
		try {
			stack.startAll();
			return stack;
		}
		catch (RuntimeException | Error failure) {
			failure.addSuppressed(new IllegalStateException(stack.diagnostics()));
			stack.close();
			throw failure;
		}
	}

	/** A partner's client of the gateway: every call goes through it. */
	public PlazaClient gateway() {
		return PlazaClient.unchecked(gateway.url());
	}

	/** ledger-service's one instance, whose actuator endpoints have a port of their own. */
	public ServiceProcess ledger() {
		return ledger;
	}

	public GreenMail smtp() {
		return smtp;
	}

	/** The i-th commerce-service instance (0 or 1). */
	public ServiceProcess commerce(int instance) {
		return commerce.get(instance);
	}

	/** For looking underneath the services, never for calling them. */
	public Postgres postgres() {
		return postgres;
	}

	/** Where each process logs and whether it still runs, with each log's last lines: for a failure's report. */
	public String diagnostics() {
		StringBuilder report = new StringBuilder("Plaza's scaled stack under ").append(root).append(":\n");
		for (ServiceProcess service : services()) {
			report.append("  ").append(service.name()).append(service.isAlive() ? " (running)" : " (not running)")
				.append(": ").append(service.log()).append('\n');
			service.tail(5).forEach(line -> report.append("      ").append(line).append('\n'));
		}
		report.append("  postgres, kafka and redis log under ").append(root).append(" and target/kafka-*, target/redis-*\n");
		return report.toString();
	}

	@Override
	public void close() {
		// Side by side: each may take its graceful shutdown's time.
		try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
			services().forEach(service -> stopping.execute(service::stop));
		}
		if (processor != null) {
			processor.close();
		}
		if (kyb != null) {
			kyb.close();
		}
		if (bureau != null) {
			bureau.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (redis != null) {
			redis.close();
		}
		if (kafka != null) {
			kafka.stop();
		}
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("PostgreSQL did not stop", ex);
			}
		}
		try {
			Runtime.getRuntime().removeShutdownHook(killAtExit);
		}
		catch (IllegalStateException exiting) {
			// The JVM is already exiting, and the hook kills what is left.
		}
	}

	private void startAll() {
		postgres = Postgres.start(root.resolve("postgres"), List.of("identity", "catalog", "commerce", "ledger"));
		kafka = KafkaBroker.shared();
		redis = new RedisServer();
		redis.start();
		smtp = new TestSmtpServer().smtpServer();
		// Its webhooks go to the gateway, as a real processor's would, and are sent again for a while (a real
		// processor's retries last days) when the instance they reach is gone.
		processor = CardProcessorSimulator.start(Settings.defaults()
			.withApiKey(processorApiKey)
			.withWebhookSecret(processorWebhookSecret)
			.withWebhookUrl(gateway.url().resolve(WEBHOOKS))
			.withWebhookRetries(8, Duration.ofMillis(250)));
		// Onboarding's KYB provider, a gRPC server of its own as a real one is; by default it answers at once and never fails.
		kyb = KybProviderSimulator.start(dev.plaza.sims.kyb.Settings.defaults().withApiKeys(Set.of(kybApiKey)));
		// Lending's credit bureau, a SOAP service of its own; by default it answers at once and never fails.
		bureau = CreditBureauSimulator.start(dev.plaza.sims.creditbureau.Settings.defaults());

		identity.with(service("identity")).with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET)
			// People's invitations and password resets are e-mailed through commerce-service, once it runs.
			.with("PLAZA_SERVICES_COMMERCE_URL", commerce(0).url().toString());
		ServiceProcess.startTogether(START_TIMEOUT, identity);
		// ledger-service serves its metrics on a management port, as in Kubernetes.
		ledger.with(service("ledger")).with(callingIdentity()).withManagementPort();
		catalog.with(service("catalog")).with(callingIdentity());
		ServiceProcess.startTogether(START_TIMEOUT, ledger, catalog);
		commerce.forEach(instance -> instance.with(service("commerce")).with(callingIdentity()).with(commerceSettings()));
		ServiceProcess.startTogether(START_TIMEOUT, commerce.toArray(ServiceProcess[]::new));
		gateway.with(gatewaySettings());
		ServiceProcess.startTogether(START_TIMEOUT, gateway);
	}

	/** What every service reads: its own database, the engines, the secret the services call each other with. */
	private Map<String, String> service(String database) {
		Map<String, String> settings = new HashMap<>();
		settings.put("PLAZA_DATABASE_EMBEDDED_ENABLED", "false");
		settings.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database));
		settings.put("SPRING_DATASOURCE_USERNAME", Postgres.APP);
		settings.put("SPRING_DATASOURCE_PASSWORD", postgres.appPassword());
		settings.put("SPRING_FLYWAY_USER", Postgres.OWNER);
		settings.put("SPRING_FLYWAY_PASSWORD", postgres.ownerPassword());
		settings.put("PLAZA_EVENTS_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
		settings.put("PLAZA_REDIS_URL", redis.url());
		settings.put("PLAZA_SERVICES_CLIENT_SECRET", servicesSecret);
		// Clients reach Plaza at the gateway: the issuer of its tokens, wherever they are requested.
		settings.put("PLAZA_PUBLIC_URL", gateway.url().toString());
		// A killed instance's event publications are taken over by the others within seconds, not minutes.
		settings.put("SPRING_MODULITH_EVENTS_STALENESS_PROCESSING", "PT15S");
		settings.put("SPRING_MODULITH_EVENTS_STALENESS_PUBLISHED", "PT15S");
		settings.put("SPRING_MODULITH_EVENTS_STALENESS_CHECKINTERVAL", "PT5S");
		settings.put("PLAZA_EVENTS_RETRYFAILEDEVERY", "PT5S");
		return settings;
	}

	private Map<String, String> callingIdentity() {
		return Map.of("PLAZA_SERVICES_IDENTITY_URL", identity.url().toString());
	}

	private Map<String, String> commerceSettings() {
		Map<String, String> settings = new HashMap<>();
		settings.put("PLAZA_SERVICES_CATALOG_URL", catalog.url().toString());
		settings.put("PLAZA_SERVICES_LEDGER_URL", ledger.url().toString());
		settings.put("PLAZA_PAYMENTS_PROCESSOR_URL", processor.baseUrl().toString());
		settings.put("PLAZA_PAYMENTS_API_KEY", processorApiKey);
		settings.put("PLAZA_PAYMENTS_WEBHOOK_SECRET", processorWebhookSecret);
		settings.put("PLAZA_ONBOARDING_KYB_TARGET", kyb.target());
		settings.put("PLAZA_ONBOARDING_KYB_API_KEY", kybApiKey);
		// The simulator speaks without TLS; a real provider does not.
		settings.put("PLAZA_ONBOARDING_KYB_PLAINTEXT", "true");
		settings.put("PLAZA_LENDING_BUREAU_URL", bureau.url());
		settings.put("SPRING_MAIL_HOST", "127.0.0.1");
		settings.put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
		settings.put("PLAZA_NOTIFICATIONS_POLLINTERVAL", "200ms");
		// A request cut off by the kill holds its Idempotency-Key this long before a retry may run it again.
		settings.put("PLAZA_IDEMPOTENCY_INFLIGHTTIMEOUT", "10s");
		// The killed instance's partitions go to the other within 10 s instead of the client's default 45 s.
		settings.put("SPRING_APPLICATION_JSON", "{\"plaza.events.kafka.consumer.[session.timeout.ms]\": \"10000\"}");
		return settings;
	}

	private Map<String, String> gatewaySettings() {
		Map<String, String> settings = new HashMap<>();
		settings.put("PLAZA_PUBLIC_URL", gateway.url().toString());
		// Paths no service claims (the storefront's pages) go to the catalog.
		settings.put("PLAZA_GATEWAY_UPSTREAM", catalog.url().toString());
		settings.put("PLAZA_GATEWAY_UPSTREAMS_IDENTITY", identity.url().toString());
		settings.put("PLAZA_GATEWAY_UPSTREAMS_CATALOG", catalog.url().toString());
		settings.put("PLAZA_GATEWAY_UPSTREAMS_LEDGER", ledger.url().toString());
		settings.put("PLAZA_GATEWAY_UPSTREAMS_COMMERCE",
				String.join(",", commerce.stream().map(instance -> instance.url().toString()).toList()));
		// The load test's few clients send far more than a partner's default share.
		settings.put("PLAZA_GATEWAY_RATELIMIT_PERSECOND", "2000");
		settings.put("PLAZA_GATEWAY_RATELIMIT_BURST", "2000");
		return settings;
	}

	private List<ServiceProcess> services() {
		List<ServiceProcess> all = new ArrayList<>(List.of(gateway));
		all.addAll(commerce);
		all.addAll(List.of(catalog, ledger, identity));
		return all;
	}

	private void killServices() {
		services().forEach(ServiceProcess::kill);
	}

	private static String secret(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
	}
}
