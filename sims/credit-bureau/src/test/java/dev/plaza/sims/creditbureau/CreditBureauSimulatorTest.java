package dev.plaza.sims.creditbureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.plaza.sims.creditbureau.Arrival.Outcome;
import dev.plaza.sims.creditbureau.Soap.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator over real SOAP and HTTP, as any client holding the WSDL sees it. */
class CreditBureauSimulatorTest {

	private final List<AutoCloseable> opened = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable each : opened.reversed()) {
			each.close();
		}
	}

	@Test
	void theScoreAndHistoryComeFromTheNationalIdSoATestCanPickItsApplicant() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply good = Soap.post(bureau.url(), Soap.request("req-good-1", "12345750Z", "Ana Ruiz", "1985-04-12"));
		Reply bad = Soap.post(bureau.url(), Soap.request("req-bad-01", "12345420Z", "Luis Gil", "1979-11-02"));

		assertThat(good.status()).isEqualTo(200);
		assertThat(good.schemaError()).isNull();
		assertThat(good.text("requestId")).isEqualTo("req-good-1");
		assertThat(good.text("score")).isEqualTo("750");
		assertThat(good.text("openDebts")).isEqualTo("200000");
		assertThat(good.text("defaults")).isEqualTo("0");
		assertThat(good.text("inquiries")).isEqualTo("0");
		assertThat(bad.text("score")).isEqualTo("420");
		assertThat(bad.text("defaults")).isEqualTo("3");
	}

	@Test
	void aPersonWithoutHistoryHasNoFile() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-nofile", "12345050Z", "Eva Sanz", "2001-01-30"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.schemaError()).isNull();
		assertThat(reply.envelope().getElementsByTagNameNS(Messages.NAMESPACE, "NoFile").getLength()).isOne();
		assertThat(bureau.arrivals("req-nofile")).extracting(Arrival::outcome).containsExactly(Outcome.NO_FILE);
	}

	@Test
	void aRequestBreakingTheSchemaIsAClientFaultSayingWhatIsWrongAndNotRetryable() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-malformed-id", "12 34/5", "Ana Ruiz", "1985-04-12"));

		assertThat(reply.status()).isEqualTo(500);
		assertThat(reply.text("faultcode")).endsWith(":Client");
		assertThat(reply.text("code")).isEqualTo("INVALID_REQUEST");
		assertThat(reply.text("retryable")).isEqualTo("false");
		assertThat(reply.text("message")).contains("credit-bureau.xsd").contains("12 34/5");
		assertThat(bureau.arrivals("req-malformed-id")).isEmpty();
	}

	@Test
	void aRepeatedRequestIdGetsTheFirstAnswerAndCountsOneInquiry() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply first = Soap.post(bureau.url(), Soap.request("req-repeat-1", "55555640X", "Ana Ruiz", "1985-04-12"));
		Reply again = Soap.post(bureau.url(), Soap.request("req-repeat-1", "55555640X", "Ana Ruiz", "1985-04-12"));
		Reply later = Soap.post(bureau.url(), Soap.request("req-repeat-2", "55555640X", "Ana Ruiz", "1985-04-12"));

		assertThat(again.text("score")).isEqualTo(first.text("score")).isEqualTo("640");
		assertThat(again.text("inquiries")).isEqualTo(first.text("inquiries")).isEqualTo("0");
		assertThat(later.text("inquiries")).isEqualTo("1");
		assertThat(bureau.inquiries("55555640X")).isEqualTo(2);
		assertThat(bureau.arrivals("req-repeat-1")).extracting(Arrival::outcome)
			.containsExactly(Outcome.REPORTED, Outcome.REPEATED);
	}

	@Test
	void aRequestIdReusedForAnotherPersonIsRefused() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());
		Soap.post(bureau.url(), Soap.request("req-reused-1", "55555640X", "Ana Ruiz", "1985-04-12"));

		Reply reply = Soap.post(bureau.url(), Soap.request("req-reused-1", "77777700B", "Luis Gil", "1979-11-02"));

		assertThat(reply.text("faultcode")).endsWith(":Client");
		assertThat(reply.text("code")).isEqualTo("REQUEST_ID_REUSED");
		assertThat(bureau.inquiries("77777700B")).isZero();
	}

	@Test
	void anUnavailableMarkerGivesARetryableServerFaultThenTheAnswerWithOneInquiry() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());
		String envelope = Soap.request("req-flaky-01", "66666700C", "Ana Ruiz [unavailable x1]", "1985-04-12");

		Reply fault = Soap.post(bureau.url(), envelope);
		Reply answer = Soap.post(bureau.url(), envelope);

		assertThat(fault.status()).isEqualTo(500);
		assertThat(fault.text("faultcode")).endsWith(":Server");
		assertThat(fault.text("code")).isEqualTo("TEMPORARILY_UNAVAILABLE");
		assertThat(fault.text("retryable")).isEqualTo("true");
		assertThat(answer.text("score")).isEqualTo("700");
		assertThat(bureau.inquiries("66666700C")).isOne();
	}

	@Test
	void aPersonTheBureauCannotVerifyIsAClientFault() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-refused", "66666700C", "Nadie [refused]", "1985-04-12"));

		assertThat(reply.text("faultcode")).endsWith(":Client");
		assertThat(reply.text("code")).isEqualTo("SUBJECT_NOT_VERIFIABLE");
		assertThat(bureau.inquiries("66666700C")).isZero();
	}

	@Test
	void aSuspendedSubscriptionIsAServerFaultThatSaysRetryingWillNotHelp() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-suspended", "66666700C", "Ana [suspended]", "1985-04-12"));

		assertThat(reply.text("faultcode")).endsWith(":Server");
		assertThat(reply.text("code")).isEqualTo("SUBSCRIBER_SUSPENDED");
		assertThat(reply.text("retryable")).isEqualTo("false");
	}

	@Test
	void aMisdirectedMarkerAnswersValidlyButForAnotherRequest() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-misdirect", "66666700C", "Ana [misdirected]", "1985-04-12"));

		assertThat(reply.schemaError()).isNull();
		assertThat(reply.text("requestId")).isEqualTo("misdirected-req-misdirect");
	}

	@Test
	void aMalformedMarkerAnswersAgainstTheSchema() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		Reply reply = Soap.post(bureau.url(), Soap.request("req-broken-1", "66666700C", "Ana [malformed]", "1985-04-12"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.schemaError()).contains("999");
	}

	@Test
	void aSlowMarkerKeepsTheFirstQuestionPastTheCallersTimeoutAndAnswersTheRetryAtOnce() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults().withSlowDelay(Duration.ofSeconds(2)));
		String envelope = Soap.request("req-slow-001", "66666700C", "Ana [slow x1]", "1985-04-12");

		assertThatThrownBy(() -> Soap.post(bureau.url(), envelope, Duration.ofMillis(300)))
			.isInstanceOf(HttpTimeoutException.class);
		Reply retried = Soap.post(bureau.url(), envelope, Duration.ofMillis(1000));

		assertThat(retried.text("score")).isEqualTo("700");
		assertThat(bureau.inquiries("66666700C")).isOne();
	}

	@Test
	void forLoadRunsTheSettingsAddLatencyAndRandomFaultsAndTimeouts() throws Exception {
		CreditBureauSimulator slow = simulator(Settings.defaults().withLatency(Duration.ofMillis(150), Duration.ofMillis(50)));
		CreditBureauSimulator failing = simulator(Settings.defaults().withFaultRate(1));
		CreditBureauSimulator stalling = simulator(Settings.defaults().withTimeoutRate(1).withSlowDelay(Duration.ofSeconds(2)));
		String envelope = Soap.request("req-settings", "66666700C", "Ana Ruiz", "1985-04-12");

		long started = System.nanoTime();
		Reply answered = Soap.post(slow.url(), envelope);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		Reply fault = Soap.post(failing.url(), envelope);

		assertThat(answered.text("score")).isEqualTo("700");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		assertThat(fault.text("code")).isEqualTo("TEMPORARILY_UNAVAILABLE");
		assertThatThrownBy(() -> Soap.post(stalling.url(), envelope, Duration.ofMillis(300)))
			.isInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void theWsdlIsPublishedWithTheAddressTheBureauListensOnAndItsSchemaNextToIt() throws Exception {
		CreditBureauSimulator bureau = simulator(Settings.defaults());

		String wsdl = Soap.get(bureau.url() + "?wsdl");
		String xsd = Soap.get("http://127.0.0.1:" + bureau.port() + "/credit-bureau.xsd");

		assertThat(wsdl).contains("<soap:address location=\"" + bureau.url() + "\"/>")
			.contains("schemaLocation=\"credit-bureau.xsd\"");
		assertThat(xsd).contains("name=\"GetCreditReportRequest\"");
	}

	private CreditBureauSimulator simulator(Settings settings) {
		CreditBureauSimulator simulator = CreditBureauSimulator.start(settings);
		opened.add(simulator);
		return simulator;
	}
}
