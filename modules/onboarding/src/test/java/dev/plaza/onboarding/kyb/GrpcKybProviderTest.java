package dev.plaza.onboarding.kyb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.Verdict;
import dev.plaza.sims.kyb.Arrival;
import dev.plaza.sims.kyb.Arrival.Outcome;
import dev.plaza.sims.kyb.KybProviderSimulator;
import dev.plaza.sims.kyb.Settings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against the simulated provider over real gRPC on a free port: what each verification
 * comes to, and — from the questions the simulator recorded — how often and how far apart it asked.
 */
class GrpcKybProviderTest {

	private static final String KEY = "kyb_test_plaza";

	private final List<AutoCloseable> opened = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable each : opened.reversed()) {
			each.close();
		}
	}

	@Test
	void aKnownBusinessIsVerifiedAtTheFirstAttempt() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Panadería Sol SL"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Verified.class,
				verified -> assertThat(verified.providerReference()).startsWith("kyb_"));
		assertThat(simulator.arrivals("req-1")).hasSize(1);
	}

	@Test
	void aRejectionKeepsTheProvidersReasons() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Sanctioned Trading Ltd"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class, rejected -> assertThat(rejected.reasons())
			.containsExactly("SANCTIONED: The business is on a sanctions list"));
		assertThat(simulator.arrivals("req-1")).hasSize(1);
	}

	@Test
	void aTransientFailureIsRetriedUntilTheProviderAnswers() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Flaky SA [unavailable x2]"));

		assertThat(verdict).isInstanceOf(Verdict.Verified.class);
		assertThat(simulator.arrivals("req-1")).extracting(Arrival::outcome)
			.containsExactly(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE, Outcome.ANSWERED);
		assertThat(meters.get("plaza.onboarding.kyb.attempts").summary().totalAmount()).isEqualTo(3);
	}

	@Test
	void theProvidersRetryAfterHintIsWaitedOutBeforeAskingAgain() {
		Duration hint = Duration.ofMillis(300);
		KybProviderSimulator simulator = simulator(Settings.defaults().withRetryAfter(hint));

		// The backoff alone would wait at most 5 ms, then 10 ms: only the hint explains a longer pause.
		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Busy GmbH [exhausted x2]"));

		assertThat(verdict).isInstanceOf(Verdict.Verified.class);
		List<Arrival> arrivals = simulator.arrivals("req-1");
		assertThat(arrivals).extracting(Arrival::outcome)
			.containsExactly(Outcome.EXHAUSTED, Outcome.EXHAUSTED, Outcome.ANSWERED);
		assertThat(arrivals.get(1).after(arrivals.get(0))).isGreaterThanOrEqualTo(hint);
		assertThat(arrivals.get(2).after(arrivals.get(1))).isGreaterThanOrEqualTo(hint);
	}

	@Test
	void aRetryAfterHintLongerThanTheBackoffCapDefersTheBusinessInsteadOfHoldingTheWorker() {
		KybProviderSimulator simulator = simulator(Settings.defaults().withRetryAfter(Duration.ofSeconds(30)));

		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Busy GmbH [exhausted x1]"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Deferred.class,
				deferred -> assertThat(deferred.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
		assertThat(simulator.arrivals("req-1")).hasSize(1);
	}

	@Test
	void afterTheLastAttemptTheBusinessFailsWithTheLastReason() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		Verdict verdict = adapter(simulator, plan().maxAttempts(3)).verify("req-1", business("Down Ltd [unavailable x9]"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Failed.class,
				failed -> assertThat(failed.reason()).contains("3 attempt(s)").contains("UNAVAILABLE"));
		assertThat(simulator.arrivals("req-1")).hasSize(3);
	}

	@Test
	void anAnswerPastTheDeadlineIsAskedAgainAndFailsWhenEveryAttemptIsTooSlow() {
		KybProviderSimulator simulator = simulator(Settings.defaults().withSlowDelay(Duration.ofSeconds(2)));
		// Warmed up first: a cold JVM may spend a short deadline loading classes, before the question leaves.
		assertThat(adapter(simulator, plan()).verify("warm-up", business("Hare SL"))).isInstanceOf(Verdict.Verified.class);
		GrpcKybProvider adapter = adapter(simulator, plan().maxAttempts(2).deadline(Duration.ofMillis(400)));

		Verdict verdict = adapter.verify("req-1", business("Tortoise SL [slow]"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Failed.class,
				failed -> assertThat(failed.reason()).contains("DEADLINE_EXCEEDED"));
		assertThat(simulator.arrivals("req-1")).hasSize(2);
	}

	@Test
	void aRefusalNoRetryCanChangeFailsAtOnceSayingWhatToFix() {
		KybProviderSimulator simulator = simulator(Settings.defaults());
		Business withoutTaxId = new Business("Acme SL", "", "ES", "ana@example.com", "Ana Ruiz", "ES9121000418450200051332",
				"Calle Mayor 1, Madrid", Optional.empty());

		Verdict invalid = adapter(simulator, plan()).verify("req-1", withoutTaxId);
		Verdict unknownKey = adapter(simulator, plan().apiKey("not-our-key")).verify("req-2", business("Acme SL"));

		assertThat(invalid).isInstanceOfSatisfying(Verdict.Failed.class,
				failed -> assertThat(failed.reason()).contains("tax_id").contains("correct the row"));
		assertThat(unknownKey).isInstanceOfSatisfying(Verdict.Failed.class,
				failed -> assertThat(failed.reason()).contains("plaza.onboarding.kyb.api-key"));
		assertThat(simulator.arrivals("req-1")).hasSize(1);
		assertThat(simulator.arrivals("req-2")).hasSize(1);
	}

	@Test
	void afterMostAttemptsFailTheCircuitOpensAndBusinessesAreDeferredWithoutAskingTheProvider() {
		KybProviderSimulator simulator = simulator(Settings.defaults());
		GrpcKybProvider adapter = adapter(simulator,
				plan().maxAttempts(1).circuit(new KybProperties.Circuit(50, 4, 4, Duration.ofSeconds(30))));
		IntStream.rangeClosed(1, 4).forEach(n -> adapter.verify("down-" + n, business("Down Ltd [unavailable x9]")));

		Verdict verdict = adapter.verify("req-1", business("Healthy SA"));

		assertThat(verdict).isInstanceOfSatisfying(Verdict.Deferred.class, deferred -> {
			assertThat(deferred.retryAfter()).isEqualTo(Duration.ofSeconds(30));
			assertThat(deferred.reason()).contains("circuit open");
		});
		assertThat(simulator.arrivals("req-1")).isEmpty();
	}

	@Test
	void whenMostCallsFailTheRetryBudgetStopsRetryingAndDefersTheRest() {
		KybProviderSimulator simulator = simulator(Settings.defaults());
		GrpcKybProvider adapter = adapter(simulator, plan().maxAttempts(5).retryBudget(new KybProperties.RetryBudget(0.1, 2)));

		List<Verdict> verdicts = IntStream.rangeClosed(1, 10)
			.mapToObj(n -> adapter.verify("down-" + n, business("Down Ltd [unavailable x9]")))
			.toList();

		// Without a budget: 10 verifications × 5 attempts = 50 questions. With it: 10 first attempts,
		// plus at most the reserve (2) and a tenth of the 10 verifications (1) as retries.
		assertThat(simulator.arrivals()).hasSizeBetween(10, 13);
		assertThat(verdicts).filteredOn(Verdict.Deferred.class::isInstance)
			.hasSizeGreaterThanOrEqualTo(9)
			.allSatisfy(deferred -> assertThat(((Verdict.Deferred) deferred).reason()).contains("budget spent"));
	}

	@Test
	void aVerdictDeliveredThreeTimesIsTakenOnce() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		Verdict verdict = adapter(simulator, plan()).verify("req-1", business("Echo SARL [duplicate]"));

		assertThat(verdict).isInstanceOf(Verdict.Verified.class);
		assertThat(simulator.arrivals("req-1")).hasSize(1);
		assertThat(meters.get("plaza.onboarding.kyb.verifications").tag("outcome", "verified").counter().count()).isEqualTo(1);
		assertThat(meters.get("plaza.onboarding.kyb.duplicate.answers").counter().count()).isEqualTo(2);
	}

	@Test
	void anAnswerBreakingTheContractIsRefusedAndAskedAgain() {
		KybProviderSimulator simulator = simulator(Settings.defaults());
		GrpcKybProvider adapter = adapter(simulator, plan().maxAttempts(3));

		Verdict recovered = adapter.verify("req-1", business("Broken Wire SpA [malformed x1]"));
		Verdict broken = adapter.verify("req-2", business("Broken Wire SpA [malformed x9]"));

		assertThat(recovered).isInstanceOf(Verdict.Verified.class);
		assertThat(simulator.arrivals("req-1")).extracting(Arrival::outcome)
			.containsExactly(Outcome.MALFORMED, Outcome.ANSWERED);
		assertThat(broken).isInstanceOfSatisfying(Verdict.Failed.class,
				failed -> assertThat(failed.reason()).contains("broke the contract").contains("no known status"));
		assertThat(simulator.arrivals("req-2")).hasSize(3);
	}

	@Test
	void manyConcurrentVerificationsStayWithinTheProvidersPerClientLimit() throws Exception {
		KybProviderSimulator simulator = simulator(Settings.defaults()
			.withMaxConcurrentPerClient(4)
			.withLatency(Duration.ofMillis(20), Duration.ofMillis(10)));
		GrpcKybProvider adapter = adapter(simulator, plan().maxConcurrentCalls(4));

		List<Verdict> verdicts = new ArrayList<>();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Verdict>> pending = IntStream.rangeClosed(1, 40)
				.mapToObj(n -> workers.submit(() -> adapter.verify("req-" + n, business("Crowd SL " + n))))
				.toList();
			for (Future<Verdict> each : pending) {
				verdicts.add(each.get());
			}
		}

		assertThat(verdicts).hasSize(40).allMatch(Verdict.Verified.class::isInstance);
		assertThat(simulator.arrivals()).hasSize(40).extracting(Arrival::outcome).containsOnly(Outcome.ANSWERED);
		assertThat(simulator.peakInFlight(KEY)).isEqualTo(4);
	}

	private KybProviderSimulator simulator(Settings settings) {
		KybProviderSimulator simulator = KybProviderSimulator.start(settings.withApiKeys(Set.of(KEY)));
		opened.add(simulator);
		return simulator;
	}

	private GrpcKybProvider adapter(KybProviderSimulator simulator, Plan plan) {
		GrpcKybProvider adapter = new GrpcKybProvider(plan.properties(simulator.target()), meters);
		opened.add(adapter);
		return adapter;
	}

	/** Test settings: short waits so retries are quick, a generous budget and a circuit that stays closed. */
	private static Plan plan() {
		return new Plan(KEY, Duration.ofSeconds(2), 4, new KybProperties.RetryBudget(0.2, 100),
				new KybProperties.Circuit(50, 100, 100, Duration.ofSeconds(10)), 16);
	}

	private record Plan(String apiKey, Duration deadline, int maxAttempts, KybProperties.RetryBudget retryBudget,
			KybProperties.Circuit circuit, int maxConcurrentCalls) {

		KybProperties properties(String target) {
			return new KybProperties(target, apiKey, true, deadline, maxAttempts,
					new KybProperties.Backoff(Duration.ofMillis(5), Duration.ofSeconds(1)), retryBudget, circuit,
					maxConcurrentCalls);
		}

		Plan apiKey(String apiKey) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}

		Plan deadline(Duration deadline) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}

		Plan maxAttempts(int maxAttempts) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}

		Plan retryBudget(KybProperties.RetryBudget retryBudget) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}

		Plan circuit(KybProperties.Circuit circuit) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}

		Plan maxConcurrentCalls(int maxConcurrentCalls) {
			return new Plan(apiKey, deadline, maxAttempts, retryBudget, circuit, maxConcurrentCalls);
		}
	}

	private static Business business(String legalName) {
		return new Business(legalName, "B12345678", "ES", "ana@example.com", "Ana Ruiz", "ES9121000418450200051332",
				"Calle Mayor 1, 28013 Madrid", Optional.empty());
	}
}
