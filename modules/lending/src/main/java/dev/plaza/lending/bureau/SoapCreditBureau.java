package dev.plaza.lending.bureau;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.rules.Country;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ws.WebServiceException;
import org.springframework.ws.client.core.WebServiceTemplate;
import org.springframework.ws.client.support.interceptor.ClientInterceptor;
import org.springframework.ws.soap.client.SoapFaultClientException;
import org.springframework.ws.soap.client.core.SoapActionCallback;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.http.JdkHttpClientMessageSender;

/**
 * The credit bureau over its SOAP contract ({@code credit-bureau.wsdl}, {@code GetCreditReport}). A check
 * is one request id (one per application, see {@link CreditBureau#check}), validated against the schema before it leaves; each attempt runs under its own
 * timeout and its answer is validated on arrival. Server faults, timeouts, refused connections and answers
 * breaking the schema are retried (Resilience4j, full-jitter backoff) — safe because the bureau answers a
 * repeated request id with its first answer and counts one inquiry — and after the last attempt the check
 * is {@code Unavailable}. A Client fault, or a request the schema refuses, is {@code Refused} at once.
 */
final class SoapCreditBureau implements CreditBureau {

	private static final Logger log = LoggerFactory.getLogger(SoapCreditBureau.class);

	private final WebServiceTemplate bureau;

	private final BureauContract contract;

	private final Retry retry;

	private final BureauMetrics metrics;

	SoapCreditBureau(BureauProperties properties, MeterRegistry meters) {
		TransformerLookup.nameTheJdkFactoryWhenNoOtherIsProvided();
		this.contract = new BureauContract();
		SaajSoapMessageFactory messages = new SaajSoapMessageFactory();
		messages.afterPropertiesSet();
		// HTTP/1.1 with kept-alive connections: SOAP over HTTP has no use for HTTP/2's upgrade attempt on each new connection.
		JdkHttpClientMessageSender sender = new JdkHttpClientMessageSender(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		sender.setRequestTimeout(properties.attemptTimeout());
		this.bureau = new WebServiceTemplate(messages);
		bureau.setDefaultUri(properties.url());
		bureau.setMessageSender(sender);
		bureau.setInterceptors(new ClientInterceptor[] { contract.answers() });
		this.retry = Retry.of("credit-bureau", RetryConfig.custom()
			.maxAttempts(properties.maxAttempts())
			.intervalFunction(new FullJitterBackoff(properties.backoff()))
			.retryExceptions(BureauTrouble.class)
			.build());
		this.metrics = new BureauMetrics(meters, properties.maxAttempts());
	}

	@Override
	public BureauAnswer check(LoanApplicationId application, Applicant applicant, Country country) {
		long started = System.nanoTime();
		String requestId = requestId(application);
		AtomicInteger attempts = new AtomicInteger();
		BureauAnswer answer = answer(requestId, BureauMessages.request(requestId, applicant, country), attempts);
		metrics.checked(answer, attempts.get(), Duration.ofNanos(System.nanoTime() - started));
		if (answer instanceof BureauAnswer.Unavailable unavailable) {
			log.warn("Credit check {} unavailable after {} attempt(s): {}", requestId, attempts.get(), unavailable.reason());
		}
		return answer;
	}

	/** The same for every check of the application: the bureau counts one inquiry however many lenders ask. */
	static String requestId(LoanApplicationId application) {
		return "plaza-application:" + application.value();
	}

	private BureauAnswer answer(String requestId, Source request, AtomicInteger attempts) {
		String invalid = contract.errorsIn(request);
		if (!invalid.isEmpty()) {
			return new BureauAnswer.Refused("The applicant's data cannot be sent to the credit bureau: " + invalid);
		}
		try {
			return retry.executeSupplier(() -> {
				attempts.incrementAndGet();
				return ask(requestId, request);
			});
		}
		catch (BureauTrouble trouble) {
			return new BureauAnswer.Unavailable(
					"The credit bureau gave no valid answer in " + attempts.get() + " attempt(s); the last: " + trouble.getMessage());
		}
		catch (RuntimeException unexpected) {
			// A defect, not the bureau's doing: logged in full, yet the decision still gets an answer to act on.
			log.error("Credit check {} failed unexpectedly", requestId, unexpected);
			return new BureauAnswer.Unavailable("The credit check failed unexpectedly: " + unexpected);
		}
	}

	/** One attempt: the bureau's answer, or {@link BureauTrouble} when another attempt may bring one. */
	private BureauAnswer ask(String requestId, Source request) {
		DOMResult payload = new DOMResult();
		try {
			bureau.sendSourceAndReceiveToResult(request, new SoapActionCallback(BureauMessages.SOAP_ACTION), payload);
		}
		catch (SoapFaultClientException fault) {
			return BureauFaults.settledBy(fault).orElseThrow(() -> new BureauTrouble(
					"Server fault: " + fault.getFaultStringOrReason()));
		}
		catch (WebServiceException trouble) {
			// Timeouts, refused connections, HTTP errors, answers that are not SOAP or break the schema.
			throw new BureauTrouble(describe(trouble));
		}
		if (payload.getNode() == null) {
			throw new BureauTrouble("The credit bureau answered with an empty body");
		}
		return BureauMessages.answer(payload.getNode(), requestId)
			.orElseThrow(() -> new BureauTrouble("The credit bureau answered another request than " + requestId));
	}

	private static String describe(WebServiceException trouble) {
		Throwable cause = trouble.getCause();
		if (cause == null) {
			return trouble.getMessage();
		}
		return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
	}

	/** A failed attempt that another attempt may mend. */
	private static final class BureauTrouble extends RuntimeException {

		BureauTrouble(String reason) {
			super(reason, null, false, false);
		}
	}
}
