package dev.plaza.lending.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.rules.Country;
import dev.plaza.sims.creditbureau.Arrival;
import dev.plaza.sims.creditbureau.Arrival.Outcome;
import dev.plaza.sims.creditbureau.CreditBureauSimulator;
import dev.plaza.sims.creditbureau.Settings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter against the real SOAP bureau simulator on a free port of 127.0.0.1. */
class SoapCreditBureauTest {

	private static final Country SPAIN = Country.of("ES");

	private final List<AutoCloseable> opened = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private CreditBureauSimulator simulator = start(Settings.defaults().withSlowDelay(Duration.ofSeconds(2)));

	private final CreditBureau bureau = adapter(simulator.url());

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable each : opened.reversed()) {
			each.close();
		}
	}

	@Test
	void aKnownApplicantIsReportedWithScoreDebtsDefaultsAndInquiries() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz", "12345750Z"), SPAIN);

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(750, 200_000, 0, 0)));
		assertThat(meters.get("plaza.lending.bureau.calls").tag("outcome", "reported").counter().count()).isOne();
	}

	@Test
	void everyCheckOfOneApplicationIsOneInquiryOnTheApplicantsFile() {
		LoanApplicationId application = anApplication();
		CreditBureau secondLender = adapter(simulator.url());

		BureauAnswer first = bureau.check(application, applicant("Ana Ruiz", "12345750Z"), SPAIN);
		BureauAnswer second = secondLender.check(application, applicant("Ana Ruiz", "12345750Z"), SPAIN);
		BureauAnswer rerun = bureau.check(application, applicant("Ana Ruiz", "12345750Z"), SPAIN);

		assertThat(second).isEqualTo(first);
		assertThat(rerun).isEqualTo(first);
		assertThat(simulator.inquiries("12345750Z")).isOne();
		assertThat(bureau.check(anApplication(), applicant("Ana Ruiz", "12345750Z"), SPAIN))
			.as("another application is another inquiry")
			.isEqualTo(new BureauAnswer.Reported(new CreditReport(750, 200_000, 0, 1)));
	}

	@Test
	void aNationalIdWrittenWithSpacesAndDotsIsSentAsTheBureauFilesIt() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz", " 12.345 640-z "), SPAIN);

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(640, 420_000, 0, 0)));
		assertThat(simulator.inquiries("12345640-Z")).isOne();
	}

	@Test
	void anApplicantWithoutHistoryHasNoFile() {
		assertThat(bureau.check(anApplication(), applicant("Eva Sanz", "12345050Z"), SPAIN)).isEqualTo(new BureauAnswer.NoFile());
	}

	@Test
	void aClientFaultIsARefusalWithTheBureausReasonAndIsNotRetried() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Nadie [refused]", "22222700A"), SPAIN);

		assertThat(answer).isInstanceOfSatisfying(BureauAnswer.Refused.class,
				refused -> assertThat(refused.reason()).contains("cannot verify this person"));
		assertThat(arrivalsFor("22222700A")).extracting(Arrival::outcome).containsExactly(Outcome.CLIENT_FAULT);
	}

	@Test
	void aRequestTheSchemaRefusesIsNeverSent() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz", "1234/5"), SPAIN);

		assertThat(answer).isInstanceOfSatisfying(BureauAnswer.Refused.class,
				refused -> assertThat(refused.reason()).contains("1234/5"));
		assertThat(simulator.arrivals()).isEmpty();
		assertThat(meters.get("plaza.lending.bureau.calls").tag("outcome", "refused").counter().count()).isOne();
	}

	@Test
	void aServerFaultIsRetriedWithTheSameRequestIdAndCountsOneInquiry() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz [unavailable x1]", "33333700B"), SPAIN);

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(700, 300_000, 0, 0)));
		assertThat(arrivalsFor("33333700B")).extracting(Arrival::outcome)
			.containsExactly(Outcome.SERVER_FAULT, Outcome.REPORTED);
		assertThat(arrivalsFor("33333700B")).extracting(Arrival::requestId).containsOnly(
				arrivalsFor("33333700B").getFirst().requestId());
		assertThat(simulator.inquiries("33333700B")).isOne();
		assertThat(meters.get("plaza.lending.bureau.attempts").summary().totalAmount()).isEqualTo(2);
	}

	@Test
	void aBureauFailingEveryAttemptIsUnavailableAfterTheConfiguredAttempts() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz [unavailable always]", "44444700C"), SPAIN);

		assertThat(answer).isInstanceOfSatisfying(BureauAnswer.Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).contains("3 attempt(s)"));
		assertThat(arrivalsFor("44444700C")).hasSize(3).extracting(Arrival::outcome).containsOnly(Outcome.SERVER_FAULT);
		assertThat(meters.get("plaza.lending.bureau.calls").tag("outcome", "unavailable").counter().count()).isOne();
	}

	@Test
	void anAttemptPastItsTimeoutIsRetriedAndTheLateAnswerCountsNoSecondInquiry() throws InterruptedException {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz [slow x1]", "55555700D"), SPAIN);

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(700, 300_000, 0, 0)));
		assertThat(meters.get("plaza.lending.bureau.attempts").summary().totalAmount()).isEqualTo(2);
		Thread.sleep(simulator.settings().slowDelay());
		assertThat(arrivalsFor("55555700D")).extracting(Arrival::outcome).contains(Outcome.SLOW);
		assertThat(simulator.inquiries("55555700D")).isOne();
	}

	@Test
	void anAnswerBreakingTheSchemaIsNotTakenAsDataButRetried() {
		BureauAnswer retried = bureau.check(anApplication(), applicant("Ana Ruiz [malformed x1]", "66666700E"), SPAIN);
		BureauAnswer alwaysBroken = bureau.check(anApplication(), applicant("Luis Gil [malformed always]", "77777700F"), SPAIN);

		assertThat(retried).isEqualTo(new BureauAnswer.Reported(new CreditReport(700, 300_000, 0, 0)));
		assertThat(alwaysBroken).isInstanceOfSatisfying(BureauAnswer.Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).contains("breaks its schema"));
		assertThat(arrivalsFor("77777700F")).hasSize(3).extracting(Arrival::outcome).containsOnly(Outcome.MALFORMED);
	}

	@Test
	void aServerFaultTheBureauCallsNotRetryableIsUnavailableAtOnce() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz [suspended]", "88888700G"), SPAIN);

		assertThat(answer).isInstanceOfSatisfying(BureauAnswer.Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).contains("subscription to the bureau is suspended"));
		assertThat(arrivalsFor("88888700G")).extracting(Arrival::outcome).containsExactly(Outcome.SERVER_FAULT);
	}

	@Test
	void anAnswerToAnotherRequestIsNotTakenAsTheApplicantsButRetried() {
		BureauAnswer answer = bureau.check(anApplication(), applicant("Ana Ruiz [misdirected x1]", "99999700H"), SPAIN);

		assertThat(answer).isEqualTo(new BureauAnswer.Reported(new CreditReport(700, 300_000, 0, 0)));
		assertThat(arrivalsFor("99999700H")).extracting(Arrival::outcome)
			.containsExactly(Outcome.MISDIRECTED, Outcome.REPORTED);
	}

	@Test
	void aBureauThatIsNotListeningIsUnavailableNeverAnException() {
		CreditBureau nowhere = adapter(simulator.url());
		simulator.close();

		BureauAnswer answer = nowhere.check(anApplication(), applicant("Ana Ruiz", "12345750Z"), SPAIN);

		assertThat(answer).isInstanceOfSatisfying(BureauAnswer.Unavailable.class,
				unavailable -> assertThat(unavailable.reason()).contains("3 attempt(s)"));
	}

	private List<Arrival> arrivalsFor(String nationalId) {
		return simulator.arrivals().stream().filter(arrival -> arrival.nationalId().equals(nationalId)).toList();
	}

	private CreditBureau adapter(String url) {
		return new SoapCreditBureau(new BureauProperties(url, Duration.ofMillis(500), Duration.ofMillis(500), 3,
				new BureauProperties.Backoff(Duration.ofMillis(10), Duration.ofMillis(50))), meters);
	}

	private CreditBureauSimulator start(Settings settings) {
		CreditBureauSimulator started = CreditBureauSimulator.start(settings);
		opened.add(started);
		return started;
	}

	/** Each check of a new application is a new inquiry. */
	private static LoanApplicationId anApplication() {
		return new LoanApplicationId(UUID.randomUUID());
	}

	private static Applicant applicant(String name, String nationalId) {
		return new Applicant(name, nationalId, LocalDate.of(1985, 4, 12), "applicant@example.com", 250_000, "employed",
				"Calle Mayor 1, Madrid");
	}
}
