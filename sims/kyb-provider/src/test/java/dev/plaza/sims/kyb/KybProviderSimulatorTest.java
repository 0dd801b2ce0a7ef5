package dev.plaza.sims.kyb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.rpc.RetryInfo;
import dev.plaza.sims.kyb.Arrival.Outcome;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import plaza.kyb.v1.BusinessVerificationGrpc;
import plaza.kyb.v1.BusinessVerificationGrpc.BusinessVerificationBlockingStub;
import plaza.kyb.v1.Contact;
import plaza.kyb.v1.Status;
import plaza.kyb.v1.VerifyRequest;
import plaza.kyb.v1.VerifyResponse;

/** The simulator over real gRPC, as any client of the contract sees it. */
class KybProviderSimulatorTest {

	private final List<AutoCloseable> opened = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable each : opened.reversed()) {
			each.close();
		}
	}

	@Test
	void aKnownBusinessIsVerifiedWithAReferenceAndTheTimeOfTheCheck() {
		BusinessVerificationBlockingStub provider = client(simulator(Settings.defaults()), "kyb_test_plaza");

		List<VerifyResponse> answers = verify(provider, "req-1", "Panadería Sol SL");

		assertThat(answers).singleElement().satisfies(answer -> {
			assertThat(answer.getRequestId()).isEqualTo("req-1");
			assertThat(answer.getStatus()).isEqualTo(Status.VERIFIED);
			assertThat(answer.getProviderReference()).startsWith("kyb_");
			assertThat(answer.hasCheckedAt()).isTrue();
			assertThat(answer.getReasonsList()).isEmpty();
		});
	}

	@Test
	void aSanctionedNameAndARejectedMarkerAreRejectedWithCodedReasons() {
		BusinessVerificationBlockingStub provider = client(simulator(Settings.defaults()), "kyb_test_plaza");

		VerifyResponse sanctioned = verify(provider, "req-1", "sanctioned trading ltd").getFirst();
		VerifyResponse unknown = verify(provider, "req-2", "Ghost Imports [rejected]").getFirst();

		assertThat(sanctioned.getStatus()).isEqualTo(Status.REJECTED);
		assertThat(sanctioned.getReasonsList()).extracting(reason -> reason.getCode()).containsExactly("SANCTIONED");
		assertThat(unknown.getStatus()).isEqualTo(Status.REJECTED);
		assertThat(unknown.getReasonsList()).extracting(reason -> reason.getCode()).containsExactly("UNKNOWN_TAX_ID");
	}

	@Test
	void unavailableTwiceFailsThatRequestTwiceThenAnswersAndRecordsEveryArrival() {
		KybProviderSimulator simulator = simulator(Settings.defaults());
		BusinessVerificationBlockingStub provider = client(simulator, "kyb_test_plaza");

		assertThat(failure(provider, "req-1", "Flaky SA [unavailable x2]").getStatus().getCode()).isEqualTo(Code.UNAVAILABLE);
		assertThat(failure(provider, "req-1", "Flaky SA [unavailable x2]").getStatus().getCode()).isEqualTo(Code.UNAVAILABLE);
		assertThat(verify(provider, "req-1", "Flaky SA [unavailable x2]").getFirst().getStatus()).isEqualTo(Status.VERIFIED);

		assertThat(simulator.arrivals("req-1")).extracting(Arrival::outcome)
			.containsExactly(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE, Outcome.ANSWERED);
	}

	@Test
	void sheddingLoadSaysWhenToAskAgainInTheStatusDetailsAndThePushbackTrailer() throws Exception {
		BusinessVerificationBlockingStub provider = client(simulator(Settings.defaults().withRetryAfter(Duration.ofMillis(750))),
				"kyb_test_plaza");

		StatusRuntimeException shed = failure(provider, "req-1", "Busy GmbH [exhausted]");

		assertThat(shed.getStatus().getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED);
		RetryInfo hint = StatusProto.fromThrowable(shed).getDetails(0).unpack(RetryInfo.class);
		assertThat(Duration.ofSeconds(hint.getRetryDelay().getSeconds(), hint.getRetryDelay().getNanos()))
			.isEqualTo(Duration.ofMillis(750));
		assertThat(shed.getTrailers().get(Metadata.Key.of("grpc-retry-pushback-ms", Metadata.ASCII_STRING_MARSHALLER)))
			.isEqualTo("750");
		assertThat(verify(provider, "req-1", "Busy GmbH [exhausted]").getFirst().getStatus()).isEqualTo(Status.VERIFIED);
	}

	@Test
	void aRepeatedRequestIdIsAnsweredFromTheRecordAndADuplicateMarkerRepeatsTheVerdictOnTheStream() {
		BusinessVerificationBlockingStub provider = client(simulator(Settings.defaults()), "kyb_test_plaza");

		VerifyResponse first = verify(provider, "req-1", "Twice Told Lda").getFirst();
		VerifyResponse again = verify(provider, "req-1", "Twice Told Lda").getFirst();
		List<VerifyResponse> repeated = verify(provider, "req-2", "Echo SARL [duplicate]");

		assertThat(again).isEqualTo(first);
		assertThat(repeated).hasSize(3).allSatisfy(answer -> assertThat(answer).isEqualTo(repeated.getFirst()));
	}

	@Test
	void aMalformedMarkerAnswersWithoutStatusNorReferenceOnce() {
		BusinessVerificationBlockingStub provider = client(simulator(Settings.defaults()), "kyb_test_plaza");

		VerifyResponse broken = verify(provider, "req-1", "Broken Wire SpA [malformed]").getFirst();
		VerifyResponse fine = verify(provider, "req-1", "Broken Wire SpA [malformed]").getFirst();

		assertThat(broken.getStatus()).isEqualTo(Status.STATUS_UNSPECIFIED);
		assertThat(broken.getProviderReference()).isEmpty();
		assertThat(fine.getStatus()).isEqualTo(Status.VERIFIED);
	}

	@Test
	void anUnknownApiKeyAndAMissingTaxIdAreRefusedForGood() {
		KybProviderSimulator simulator = simulator(Settings.defaults());

		StatusRuntimeException stranger = failure(client(simulator, "someone_else"), "req-1", "Acme SL");
		StatusRuntimeException incomplete = catchThrowableOfType(StatusRuntimeException.class,
				() -> client(simulator, "kyb_test_plaza").verify(request("req-2", "Acme SL").toBuilder().clearTaxId().build())
					.forEachRemaining(answer -> { }));

		assertThat(stranger.getStatus().getCode()).isEqualTo(Code.UNAUTHENTICATED);
		assertThat(incomplete.getStatus().getCode()).isEqualTo(Code.INVALID_ARGUMENT);
		assertThat(incomplete.getStatus().getDescription()).contains("tax_id");
	}

	@Test
	void aClientOverItsConcurrencyLimitIsToldToWaitWhileAnotherClientIsNot() throws Exception {
		KybProviderSimulator simulator = simulator(Settings.defaults()
			.withApiKeys(Set.of("first", "second"))
			.withMaxConcurrentPerClient(2)
			.withSlowDelay(Duration.ofMillis(600)));
		BusinessVerificationBlockingStub first = client(simulator, "first");
		BusinessVerificationBlockingStub second = client(simulator, "second");
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<List<VerifyResponse>> one = callers.submit(() -> verify(first, "slow-1", "Tortoise SL [slow]"));
			Future<List<VerifyResponse>> two = callers.submit(() -> verify(first, "slow-2", "Tortoise SL [slow]"));
			awaitArrivals(simulator, 2);

			StatusRuntimeException third = failure(first, "req-3", "Hare SL");
			List<VerifyResponse> other = verify(second, "req-4", "Hare SL");

			assertThat(third.getStatus().getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED);
			assertThat(StatusProto.fromThrowable(third).getDetails(0).is(RetryInfo.class)).isTrue();
			assertThat(other.getFirst().getStatus()).isEqualTo(Status.VERIFIED);
			assertThat(one.get()).hasSize(1);
			assertThat(two.get()).hasSize(1);
		}
		assertThat(simulator.peakInFlight("first")).isEqualTo(2);
	}

	@Test
	void latencyDelaysEveryAnswer() {
		BusinessVerificationBlockingStub provider = client(
				simulator(Settings.defaults().withLatency(Duration.ofMillis(150), Duration.ofMillis(50))), "kyb_test_plaza");

		long started = System.nanoTime();
		verify(provider, "req-1", "Patient SA");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
	}

	private KybProviderSimulator simulator(Settings settings) {
		KybProviderSimulator simulator = KybProviderSimulator.start(settings);
		opened.add(simulator);
		return simulator;
	}

	private BusinessVerificationBlockingStub client(KybProviderSimulator simulator, String apiKey) {
		ManagedChannel channel = NettyChannelBuilder.forTarget(simulator.target()).usePlaintext().build();
		opened.add(channel::shutdownNow);
		Metadata headers = new Metadata();
		headers.put(ApiKeys.HEADER, apiKey);
		return BusinessVerificationGrpc.newBlockingStub(channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
	}

	private static List<VerifyResponse> verify(BusinessVerificationBlockingStub provider, String requestId, String legalName) {
		List<VerifyResponse> answers = new ArrayList<>();
		provider.verify(request(requestId, legalName)).forEachRemaining(answers::add);
		return answers;
	}

	private static StatusRuntimeException failure(BusinessVerificationBlockingStub provider, String requestId,
			String legalName) {
		return catchThrowableOfType(StatusRuntimeException.class, () -> verify(provider, requestId, legalName));
	}

	private static VerifyRequest request(String requestId, String legalName) {
		return VerifyRequest.newBuilder()
			.setRequestId(requestId)
			.setLegalName(legalName)
			.setTaxId("B12345678")
			.setCountry("ES")
			.setAddress("Calle Mayor 1, 28013 Madrid")
			.setIban("ES9121000418450200051332")
			.setContact(Contact.newBuilder().setName("Ana Ruiz").setEmail("ana@example.com"))
			.build();
	}

	private static void awaitArrivals(KybProviderSimulator simulator, int count) throws InterruptedException {
		for (int waited = 0; simulator.arrivals().size() < count && waited < 200; waited++) {
			Thread.sleep(10);
		}
	}
}
