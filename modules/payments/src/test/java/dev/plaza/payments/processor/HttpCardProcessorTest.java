package dev.plaza.payments.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server in trouble: too slow, or failing every call. */
class HttpCardProcessorTest {

	final AtomicInteger requests = new AtomicInteger();

	HttpServer processor;

	@AfterEach
	void stop() {
		processor.stop(0);
	}

	@Test
	void aProcessorSlowerThanTheBudgetLeavesTheChargeUnansweredWithinTheBudget() throws IOException {
		serve(exchange -> {
			sleep(Duration.ofSeconds(3));
			return 200;
		});
		HttpCardProcessor adapter = new HttpCardProcessor(url(), "sk", Duration.ofMillis(300), Duration.ofSeconds(30));

		long started = System.nanoTime();
		ChargeOutcome outcome = adapter.charge(charge());

		assertThat(outcome).isInstanceOf(ChargeOutcome.Unanswered.class);
		assertThat(((ChargeOutcome.Unanswered) outcome).reason()).contains("no answer within 300 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void afterMostCallsFailedTheCircuitOpensAndCallsNoLongerReachTheProcessor() throws IOException {
		serve(exchange -> 503);
		HttpCardProcessor adapter = new HttpCardProcessor(url(), "sk", Duration.ofSeconds(1), Duration.ofMinutes(1));

		for (int i = 0; i < 20; i++) {
			assertThat(adapter.charge(charge())).isInstanceOf(ChargeOutcome.Unanswered.class);
		}
		ChargeOutcome refused = adapter.charge(charge());

		assertThat(requests).hasValue(20);
		assertThat(((ChargeOutcome.Unanswered) refused).reason()).contains("circuit");
		assertThat(adapter.lookUp(new PaymentId(UUID.randomUUID()), null)).get().isInstanceOf(ChargeOutcome.Unanswered.class);
		assertThat(requests).hasValue(20);
	}

	@Test
	void aDeclineIsTheProcessorsDecisionNotAFailure() throws IOException {
		serve(exchange -> {
			byte[] body = """
					{"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds", "charge": "ch_9"}}"""
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(402, body.length);
			exchange.getResponseBody().write(body);
			return -1;
		});
		HttpCardProcessor adapter = new HttpCardProcessor(url(), "sk", Duration.ofSeconds(1), Duration.ofMinutes(1));

		for (int i = 0; i < 25; i++) {
			assertThat(adapter.charge(charge())).isEqualTo(new ChargeOutcome.Failed("ch_9", "insufficient_funds"));
		}
		assertThat(requests).hasValue(25);
	}

	interface Answer {

		/** The status to answer with no body, or -1 when the answer was written. */
		int answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
	}

	void serve(Answer answer) throws IOException {
		processor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		processor.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		processor.createContext("/", exchange -> {
			try (exchange) {
				requests.incrementAndGet();
				exchange.getRequestBody().readAllBytes();
				int status = answer.answer(exchange);
				if (status > 0) {
					exchange.sendResponseHeaders(status, -1);
				}
			}
			catch (IOException callerGone) {
				// The adapter gave up waiting.
			}
		});
		processor.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + processor.getAddress().getPort());
	}

	static ChargeRequest charge() {
		return new ChargeRequest(new TenantId(UUID.randomUUID()), new PaymentId(UUID.randomUUID()), new PaymentReference("order-1"),
				Money.of(1250, "EUR"), new PaymentMethod("tok_approve"));
	}

	static void sleep(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
