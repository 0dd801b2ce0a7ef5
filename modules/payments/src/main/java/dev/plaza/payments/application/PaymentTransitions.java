package dev.plaza.payments.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.plaza.payments.PaymentFailed;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentStatus;
import dev.plaza.payments.PaymentSucceeded;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.payments.domain.IllegalTransition;
import dev.plaza.payments.domain.Payment;
import dev.plaza.payments.persistence.PaymentRepository;
import dev.plaza.payments.persistence.PaymentRepository.Stored;
import dev.plaza.payments.persistence.ProcessorEventRepository;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each change of a payment's state, as one short transaction that locks the payment's row first:
 * whoever brings news of a charge — the confirming request, a webhook, the verification job — waits
 * for the others, then finds the state they left. The event of an outcome is published in the
 * transaction that records it, so it is published exactly once. No processor call happens in here.
 */
@Component
public class PaymentTransitions {

	private final PaymentRepository intents;

	private final ProcessorEventRepository processorEvents;

	private final ApplicationEventPublisher events;

	private final PaymentsProperties properties;

	PaymentTransitions(PaymentRepository intents, ProcessorEventRepository processorEvents, ApplicationEventPublisher events,
			PaymentsProperties properties) {
		this.intents = intents;
		this.processorEvents = processorEvents;
		this.events = events;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	Stored current(PaymentId id) {
		return intents.find(id).orElseThrow(() -> Problem.notFound("payment", id));
	}

	/**
	 * Marks the payment processing with this method, if it awaits one. A payment already confirmed
	 * with the same method is answered as it stands ({@code started} false): a retried confirmation.
	 */
	@Transactional
	Confirmation startConfirming(PaymentId id, PaymentMethod method) {
		Stored stored = locked(id);
		Payment current = stored.payment();
		if (current.status() != PaymentStatus.REQUIRES_PAYMENT) {
			if (method.equals(current.paymentMethod())) {
				return new Confirmation(stored, false);
			}
			throw new Problem(PaymentsProblems.ALREADY_CONFIRMED, "Payment " + id + " was already confirmed with another "
					+ "payment method and is " + current.status().code() + ". Create a new payment to pay another way.");
		}
		Payment processing = current.confirm(method);
		intents.save(processing, properties.verifyAfter());
		return new Confirmation(new Stored(processing, stored.createdAt()), true);
	}

	record Confirmation(Stored stored, boolean started) {
	}

	/** Applies what the processor said; an outcome the payment already has changes nothing and publishes nothing. */
	@Transactional
	PaymentIntent settle(PaymentId id, ChargeOutcome outcome) {
		return apply(locked(id), outcome).intent();
	}

	/**
	 * Applies a webhook's outcome unless this event was acted on before: empty for such a duplicate.
	 * Unknown payment: 404, and nothing is recorded.
	 */
	@Transactional
	public Optional<PaymentIntent> settleByWebhook(String eventId, String type, PaymentId id, ChargeOutcome outcome) {
		Stored stored = intents.lock(id).orElseThrow(() -> new Problem(ProblemType.NOT_FOUND,
				"The event names payment " + id + ", which this tenant does not have; nothing was changed."));
		if (!processorEvents.firstDelivery(eventId, type, id)) {
			return Optional.empty();
		}
		try {
			return Optional.of(apply(stored, outcome).intent());
		}
		catch (IllegalTransition contradiction) {
			throw new Problem(PaymentsProblems.STATE_CONFLICT, "Event " + eventId + " says payment " + id + " is "
					+ contradiction.to().code() + ", but it is " + contradiction.from().code() + "; nothing was changed.");
		}
	}

	/** The processor left the payment unsettled once more: the verification job asks again after {@code wait}. */
	@Transactional
	void verifyAgainIn(PaymentId id, Duration wait) {
		intents.verifyAgainIn(id, wait);
	}

	private Stored apply(Stored stored, ChargeOutcome outcome) {
		Payment before = stored.payment();
		Payment after = before.settle(outcome);
		if (after.equals(before)) {
			return stored;
		}
		intents.save(after, null);
		announce(after);
		return new Stored(after, stored.createdAt());
	}

	private void announce(Payment payment) {
		var tenant = TenantContext.current().orElseThrow();
		switch (payment.status()) {
			case SUCCEEDED -> events.publishEvent(new PaymentSucceeded(tenant, payment.id(), payment.reference(), payment.amount(),
					Instant.now()));
			case FAILED -> events.publishEvent(new PaymentFailed(tenant, payment.id(), payment.reference(), payment.amount(),
					payment.failureCode()));
			default -> {
				// Not an outcome yet: processing or pending is nobody else's business.
			}
		}
	}

	private Stored locked(PaymentId id) {
		return intents.lock(id).orElseThrow(() -> Problem.notFound("payment", id));
	}
}
