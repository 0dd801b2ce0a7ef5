package dev.plaza.sims.creditbureau;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import dev.plaza.sims.creditbureau.Arrival.Outcome;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.MessageEndpoint;
import org.springframework.ws.soap.SoapBody;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapMessage;

/**
 * The {@code GetCreditReport} operation. The request reaches it valid under the schema; it answers a
 * repeated request id with its first answer, then applies the applicant's {@link Markers} and the
 * settings' random faults and timeouts, and otherwise answers from the person's {@link CreditFile}.
 */
final class CreditReports implements MessageEndpoint {

	private final Settings settings;

	private final Inquiries inquiries;

	private final Arrivals arrivals;

	CreditReports(Settings settings, Inquiries inquiries, Arrivals arrivals) {
		this.settings = settings;
		this.inquiries = inquiries;
		this.arrivals = arrivals;
	}

	@Override
	public void invoke(MessageContext context) throws Exception {
		long arrived = System.nanoTime();
		Question question = Messages.question(context.getRequest().getPayloadSource());
		int earlier = arrivals.arrive(question.requestId());
		arrivals.record(new Arrival(question.requestId(), question.nationalId(), arrived, answer(question, earlier, context)));
	}

	private Outcome answer(Question question, int earlier, MessageContext context) throws Exception {
		sleep(settings.latency().plusNanos(settings.jitter().isZero() ? 0
				: ThreadLocalRandom.current().nextLong(settings.jitter().toNanos() + 1)));
		Answer first = inquiries.answered(question.requestId()).orElse(null);
		if (first != null) {
			if (!first.nationalId().equals(question.nationalId())) {
				return fault(context, FaultCode.REQUEST_ID_REUSED, "Request id " + question.requestId()
						+ " was already used for another person: send each question with a new request id");
			}
			Messages.writeAnswer(question.requestId(), first, context.getResponse().getPayloadResult());
			return Outcome.REPEATED;
		}
		Markers markers = Markers.in(question.name());
		if (markers.suspended()) {
			return fault(context, FaultCode.SUBSCRIBER_SUSPENDED,
					"The caller's subscription to the bureau is suspended: contact the bureau before asking again");
		}
		if (markers.unavailable() > earlier || ThreadLocalRandom.current().nextDouble() < settings.faultRate()) {
			return fault(context, FaultCode.TEMPORARILY_UNAVAILABLE,
					"The bureau's register is temporarily unavailable: send the same request again later");
		}
		boolean slow = markers.slow() > earlier || ThreadLocalRandom.current().nextDouble() < settings.timeoutRate();
		if (slow) {
			sleep(settings.slowDelay());
		}
		if (markers.malformed() > earlier) {
			Messages.writeMalformed(question.requestId(), context.getResponse().getPayloadResult());
			return Outcome.MALFORMED;
		}
		if (markers.misdirected() > earlier) {
			Messages.writeAnswer("misdirected-" + question.requestId(), new Answer.NoFile(question.nationalId()),
					context.getResponse().getPayloadResult());
			return Outcome.MISDIRECTED;
		}
		if (markers.refused()) {
			return fault(context, FaultCode.SUBJECT_NOT_VERIFIABLE,
					"The bureau cannot verify this person's identity from the national id, name and date of birth given");
		}
		if (question.dateOfBirth().isAfter(LocalDate.now())) {
			return fault(context, FaultCode.INVALID_REQUEST,
					"dateOfBirth " + question.dateOfBirth() + " lies in the future: send the person's date of birth");
		}
		Answer answer = inquiries.answer(question.requestId(), question.nationalId());
		Messages.writeAnswer(question.requestId(), answer, context.getResponse().getPayloadResult());
		return slow ? Outcome.SLOW : answer instanceof Answer.Report ? Outcome.REPORTED : Outcome.NO_FILE;
	}

	private static Outcome fault(MessageContext context, FaultCode code, String message) throws Exception {
		SoapBody body = ((SoapMessage) context.getResponse()).getSoapBody();
		SoapFault fault = code.clientFault() ? body.addClientOrSenderFault(message, Locale.ENGLISH)
				: body.addServerOrReceiverFault(message, Locale.ENGLISH);
		Messages.writeFault(code, message, fault.addFaultDetail().getResult());
		return code.clientFault() ? Outcome.CLIENT_FAULT : Outcome.SERVER_FAULT;
	}

	private static void sleep(Duration duration) throws InterruptedException {
		if (duration.isPositive()) {
			Thread.sleep(duration);
		}
	}
}
