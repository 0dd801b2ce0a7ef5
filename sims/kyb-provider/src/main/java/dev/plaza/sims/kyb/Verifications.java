package dev.plaza.sims.kyb;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.google.protobuf.Timestamp;
import dev.plaza.sims.kyb.Arrival.Outcome;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import plaza.kyb.v1.BusinessVerificationGrpc;
import plaza.kyb.v1.Reason;
import plaza.kyb.v1.Status;
import plaza.kyb.v1.VerifyRequest;
import plaza.kyb.v1.VerifyResponse;

/**
 * The {@code Verify} call: checks the caller, its concurrency limit and the request, waits the latency,
 * fails as the markers or the random rates say, and otherwise answers from its record of verdicts by
 * request id, perhaps more than once.
 */
final class Verifications extends BusinessVerificationGrpc.BusinessVerificationImplBase {

	private final Settings settings;

	private final Arrivals arrivals;

	private final ClientLimits limits;

	private final Map<String, VerifyResponse> verdicts = new ConcurrentHashMap<>();

	Verifications(Settings settings, Arrivals arrivals, ClientLimits limits) {
		this.settings = settings;
		this.arrivals = arrivals;
		this.limits = limits;
	}

	@Override
	public void verify(VerifyRequest request, StreamObserver<VerifyResponse> answers) {
		long arrived = System.nanoTime();
		String client = ApiKeys.CLIENT.get();
		if (!settings.apiKeys().contains(client)) {
			refuse(request, client, arrived, Outcome.UNAUTHENTICATED, Refusals.unauthenticated(), answers);
			return;
		}
		if (!limits.tryEnter(client)) {
			refuse(request, client, arrived, Outcome.OVER_LIMIT, Refusals.exhausted("More than "
					+ settings.maxConcurrentPerClient() + " verifications in flight for this API key", settings.retryAfter()),
					answers);
			return;
		}
		try {
			answer(request, client, arrived, answers);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		finally {
			limits.leave(client);
		}
	}

	private void answer(VerifyRequest request, String client, long arrived, StreamObserver<VerifyResponse> answers)
			throws InterruptedException {
		String missing = missingField(request);
		if (missing != null) {
			refuse(request, client, arrived, Outcome.INVALID_ARGUMENT, Refusals.invalid(missing), answers);
			return;
		}
		Markers markers = Markers.in(request.getLegalName());
		int attempt = arrivals.of(request.getRequestId()).size() + 1;
		Thread.sleep(latency());
		Outcome outcome = outcome(markers, attempt);
		switch (outcome) {
			case UNAVAILABLE -> refuse(request, client, arrived, outcome, Refusals.unavailable(), answers);
			case EXHAUSTED -> refuse(request, client, arrived, outcome,
					Refusals.exhausted("The provider is shedding load", settings.retryAfter()), answers);
			case MALFORMED -> {
				arrivals.record(new Arrival(request.getRequestId(), client, arrived, outcome));
				send(answers, VerifyResponse.newBuilder().setRequestId(request.getRequestId()).build(), 1);
			}
			default -> {
				arrivals.record(new Arrival(request.getRequestId(), client, arrived, Outcome.ANSWERED));
				VerifyResponse verdict = verdicts.computeIfAbsent(request.getRequestId(), id -> judge(request, markers));
				if (markers.slow()) {
					Thread.sleep(settings.slowDelay());
				}
				boolean repeated = markers.duplicate() || ThreadLocalRandom.current().nextDouble() < settings.duplicateRate();
				send(answers, verdict, markers.duplicate() ? 3 : repeated ? 2 : 1);
			}
		}
	}

	private Outcome outcome(Markers markers, int attempt) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		if (attempt <= markers.unavailable()) {
			return Outcome.UNAVAILABLE;
		}
		if (attempt <= markers.unavailable() + markers.exhausted()) {
			return Outcome.EXHAUSTED;
		}
		if (attempt <= markers.unavailable() + markers.exhausted() + markers.malformed()) {
			return Outcome.MALFORMED;
		}
		if (random.nextDouble() < settings.transientFailureRate()) {
			return Outcome.UNAVAILABLE;
		}
		if (random.nextDouble() < settings.exhaustedRate()) {
			return Outcome.EXHAUSTED;
		}
		return Outcome.ANSWERED;
	}

	private VerifyResponse judge(VerifyRequest request, Markers markers) {
		VerifyResponse.Builder verdict = VerifyResponse.newBuilder()
			.setRequestId(request.getRequestId())
			.setProviderReference("kyb_" + UUID.randomUUID().toString().replace("-", ""))
			.setCheckedAt(timestamp(Instant.now()));
		if (sanctioned(request.getLegalName())) {
			return verdict.setStatus(Status.REJECTED)
				.addReasons(Reason.newBuilder()
					.setCode("SANCTIONED")
					.setDescription("The business is on a sanctions list"))
				.build();
		}
		if (markers.rejected()) {
			return verdict.setStatus(Status.REJECTED)
				.addReasons(Reason.newBuilder()
					.setCode("UNKNOWN_TAX_ID")
					.setDescription("The company register knows no business with this tax id and name"))
				.build();
		}
		return verdict.setStatus(Status.VERIFIED).build();
	}

	private boolean sanctioned(String legalName) {
		String name = legalName.replaceAll("\\[[^]]*]", "").trim().toLowerCase(Locale.ROOT);
		return settings.sanctionedNames().stream().anyMatch(sanctioned -> sanctioned.toLowerCase(Locale.ROOT).equals(name));
	}

	private void refuse(VerifyRequest request, String client, long arrived, Outcome outcome, StatusRuntimeException error,
			StreamObserver<VerifyResponse> answers) {
		arrivals.record(new Arrival(request.getRequestId(), client, arrived, outcome));
		answers.onError(error);
	}

	/** Delivers the answer {@code times} times, unless the caller has gone (its deadline passed). */
	private static void send(StreamObserver<VerifyResponse> answers, VerifyResponse answer, int times) {
		if (Context.current().isCancelled()) {
			return;
		}
		try {
			for (int i = 0; i < times; i++) {
				answers.onNext(answer);
			}
			answers.onCompleted();
		}
		catch (StatusRuntimeException callerGone) {
			// Cancelled between the check and the send: nobody is listening any more.
		}
	}

	private Duration latency() {
		long jitter = settings.jitter().toNanos();
		return settings.latency().plusNanos(jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter));
	}

	private static String missingField(VerifyRequest request) {
		if (request.getRequestId().isBlank()) {
			return "request_id";
		}
		if (request.getLegalName().isBlank()) {
			return "legal_name";
		}
		if (request.getTaxId().isBlank()) {
			return "tax_id";
		}
		return request.getCountry().isBlank() ? "country" : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}
}
