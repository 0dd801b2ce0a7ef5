package dev.plaza.onboarding.kyb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.Verdict;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import plaza.kyb.v1.BusinessVerificationGrpc;
import plaza.kyb.v1.BusinessVerificationGrpc.BusinessVerificationBlockingStub;
import plaza.kyb.v1.VerifyRequest;
import plaza.kyb.v1.VerifyResponse;

/**
 * The KYB provider over its gRPC contract ({@code plaza.kyb.v1.BusinessVerification}). Each verification
 * makes up to {@code max-attempts} attempts, each under its own deadline and within the limit of calls in
 * flight; it retries only what the contract says is safe to ask again, after an exponential backoff with
 * full jitter and never before the provider's retry-after hint; retries draw on a budget shared by all
 * verifications, and attempts pass a circuit breaker. A spent budget, an open circuit or a hint longer
 * than the backoff's cap defers the business; the last failed attempt, or a refusal no retry can change,
 * fails it.
 *
 * <p>The retries are this class's own loop rather than grpc-java's retry policy or Resilience4j's Retry:
 * grpc-java retries on status codes alone, below the application, so an answer breaking the contract
 * could not be retried and attempts could not be counted; a Resilience4j Retry would have to consult the
 * budget inside its retry predicate. Here each rule is one visible step, and each is tested against the
 * simulated provider.
 */
final class GrpcKybProvider implements KybProvider, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GrpcKybProvider.class);

	private static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);

	private final KybProperties properties;

	private final ManagedChannel channel;

	private final BusinessVerificationBlockingStub provider;

	private final Semaphore inFlight;

	private final CircuitBreaker circuit;

	private final RetryBudget budget;

	private final FullJitterBackoff backoff;

	private final KybMetrics metrics;

	GrpcKybProvider(KybProperties properties, MeterRegistry meters) {
		this.properties = properties;
		NettyChannelBuilder channel = NettyChannelBuilder.forTarget(properties.target()).disableRetry();
		this.channel = (properties.plaintext() ? channel.usePlaintext() : channel.useTransportSecurity()).build();
		Metadata headers = new Metadata();
		headers.put(API_KEY, properties.apiKey());
		this.provider = BusinessVerificationGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
		this.inFlight = new Semaphore(properties.maxConcurrentCalls(), true);
		this.circuit = CircuitBreaker.of("kyb-provider", CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.circuit().failureRate())
			.slidingWindowSize(properties.circuit().window())
			.minimumNumberOfCalls(properties.circuit().minimumCalls())
			.waitDurationInOpenState(properties.circuit().openFor())
			.build());
		this.budget = new RetryBudget(properties.retryBudget());
		this.backoff = new FullJitterBackoff(properties.backoff());
		this.metrics = new KybMetrics(meters, properties.maxAttempts());
	}

	@Override
	public Verdict verify(String requestId, Business business) {
		budget.deposit();
		Decision decision = decide(VerifyRequests.of(requestId, business));
		metrics.verified(decision.verdict(), decision.attempts());
		if (decision.verdict() instanceof Verdict.Failed failed) {
			log.warn("KYB verification {} failed after {} attempt(s): {}", requestId, decision.attempts(), failed.reason());
		}
		return decision.verdict();
	}

	/** The verdict, and how many attempts reached the provider to get it. */
	private record Decision(Verdict verdict, int attempts) {
	}

	private Decision decide(VerifyRequest request) {
		int asked = 0;
		try {
			while (true) {
				Attempt attempt = attempt(request);
				asked += attempt instanceof Attempt.NotAsked ? 0 : 1;
				Optional<Verdict> settled = settledBy(attempt, asked);
				if (settled.isPresent()) {
					return new Decision(settled.get(), asked);
				}
				Thread.sleep(backoff.before(asked, ((Attempt.Retryable) attempt).retryAfter()));
			}
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return new Decision(new Verdict.Deferred(Duration.ZERO, "Plaza stopped while asking the KYB provider"), asked);
		}
	}

	/** The verdict this attempt settles; none when another attempt should follow after the backoff. */
	private Optional<Verdict> settledBy(Attempt attempt, int asked) {
		return Optional.ofNullable(switch (attempt) {
			case Attempt.Answered answered -> answered.verdict();
			case Attempt.Refused refused -> new Verdict.Failed(refused.reason());
			case Attempt.NotAsked notAsked -> new Verdict.Deferred(properties.circuit().openFor(),
					"The KYB provider failed most recent attempts, so Plaza pauses asking it (circuit open)");
			case Attempt.Retryable retryable when asked >= properties.maxAttempts() -> new Verdict.Failed(
					"The KYB provider gave no valid answer in " + asked + " attempt(s); the last: " + retryable.reason()
							+ ". Retry the failed items once the provider is back");
			case Attempt.Retryable retryable when retryable.retryAfter().filter(backoff::tooLong).isPresent() ->
				new Verdict.Deferred(retryable.retryAfter().get(), "The KYB provider asked for a pause: " + retryable.reason());
			case Attempt.Retryable retryable when !budget.tryWithdraw() -> new Verdict.Deferred(properties.backoff().max(),
					"Too many KYB attempts are failing, so Plaza holds back retries (budget spent); the last: "
							+ retryable.reason());
			case Attempt.Retryable retryable -> null;
		});
	}

	/** One question to the provider, within the circuit and the limit of calls in flight. */
	private Attempt attempt(VerifyRequest request) throws InterruptedException {
		if (!circuit.tryAcquirePermission()) {
			return new Attempt.NotAsked();
		}
		try {
			inFlight.acquire();
		}
		catch (InterruptedException stopping) {
			circuit.releasePermission();
			throw stopping;
		}
		long started = System.nanoTime();
		try {
			Attempt attempt = ask(request);
			long took = System.nanoTime() - started;
			if (attempt instanceof Attempt.Retryable retryable) {
				circuit.onError(took, TimeUnit.NANOSECONDS, new KybAttemptFailed(retryable.reason()));
			}
			else {
				circuit.onSuccess(took, TimeUnit.NANOSECONDS);
			}
			return attempt;
		}
		finally {
			inFlight.release();
		}
	}

	private Attempt ask(VerifyRequest request) {
		List<VerifyResponse> answers = new ArrayList<>();
		try {
			provider.withDeadlineAfter(properties.deadline().toNanos(), TimeUnit.NANOSECONDS)
				.verify(request)
				.forEachRemaining(answers::add);
		}
		catch (StatusRuntimeException failure) {
			if (answers.isEmpty()) {
				return ProviderErrors.classify(failure);
			}
			// The verdict arrived before the stream broke off: it stands.
		}
		Attempt attempt = AnswerContract.read(request.getRequestId(), answers);
		if (attempt instanceof Attempt.Answered) {
			metrics.duplicatesDropped(answers.size() - 1);
		}
		return attempt;
	}

	@Override
	public void close() {
		channel.shutdownNow();
	}

	/** Tells the circuit breaker why an attempt counts against the provider. */
	private static final class KybAttemptFailed extends RuntimeException {

		KybAttemptFailed(String reason) {
			super(reason, null, false, false);
		}
	}
}
