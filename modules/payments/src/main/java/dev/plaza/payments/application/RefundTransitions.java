package dev.plaza.payments.application;

import java.time.Duration;
import java.util.Optional;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentRefunded;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.RefundStatus;
import dev.plaza.payments.domain.Payment;
import dev.plaza.payments.domain.RefundRefused;
import dev.plaza.payments.persistence.PaymentRepository;
import dev.plaza.payments.persistence.RefundRepository;
import dev.plaza.payments.processor.RefundOutcome;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each change of a refund, as one short transaction that locks its payment's row first (as
 * {@link PaymentTransitions} does), so racing refunds queue and never give back more than was paid,
 * and a refund completed by a request and by the verification job at once completes — and publishes
 * {@link PaymentRefunded} — once.
 */
@Component
public class RefundTransitions {

	private final PaymentRepository intents;

	private final RefundRepository refunds;

	private final ApplicationEventPublisher events;

	private final PaymentsProperties properties;

	RefundTransitions(PaymentRepository intents, RefundRepository refunds, ApplicationEventPublisher events,
			PaymentsProperties properties) {
		this.intents = intents;
		this.refunds = refunds;
		this.events = events;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	Optional<Refund> find(RefundId id) {
		return refunds.find(id);
	}

	/**
	 * Sets the amount (all that is left when null) aside for a new pending refund with the given id; a
	 * refund of the payment with that id already is answered as it stands, and nothing more is set aside.
	 */
	@Transactional
	StartedRefund start(PaymentId id, Money requested, RefundId refundId) {
		Payment payment = intents.lock(id).orElseThrow(() -> Problem.notFound("payment", id)).payment();
		Optional<Refund> earlier = refunds.find(refundId);
		if (earlier.isPresent()) {
			if (!earlier.get().paymentId().equals(id)) {
				throw new Problem(ProblemType.CONFLICT, "Refund " + refundId + " is of another payment; choose a new refund id.");
			}
			return new StartedRefund(earlier.get(), payment.chargeId());
		}
		Money amount = requested != null ? requested : payment.refundable();
		Payment refunding;
		try {
			refunding = payment.startRefund(amount);
		}
		catch (RefundRefused refused) {
			throw PaymentsProblems.of(refused, payment);
		}
		intents.save(refunding, null);
		Refund refund = refunds.insert(refundId, id, amount, properties.verifyAfter());
		return new StartedRefund(refund, payment.chargeId());
	}

	record StartedRefund(Refund refund, String chargeId) {
	}

	/** Completes or abandons a pending refund by the processor's answer; a refund already settled stays as it is. */
	@Transactional
	Refund settle(RefundId id, RefundOutcome outcome) {
		PaymentId paymentId = refunds.find(id).orElseThrow(() -> Problem.notFound("refund", id)).paymentId();
		Payment payment = intents.lock(paymentId).orElseThrow().payment();
		Refund refund = refunds.lock(id).orElseThrow();
		if (refund.status() != RefundStatus.PENDING) {
			return refund;
		}
		return switch (outcome) {
			case RefundOutcome.Refunded refunded -> {
				Payment after = payment.completeRefund(refund.amount());
				intents.save(after, null);
				refunds.succeeded(id, refunded.processorRefundId());
				events.publishEvent(new PaymentRefunded(TenantContext.current().orElseThrow(), paymentId, id,
						payment.reference(), refund.amount(), after.refunded()));
				yield withStatus(refund, RefundStatus.SUCCEEDED);
			}
			case RefundOutcome.Refused refused -> {
				intents.save(payment.abandonRefund(refund.amount()), null);
				refunds.failed(id, refused.code());
				yield withStatus(refund, RefundStatus.FAILED);
			}
			case RefundOutcome.Unanswered unanswered -> refund;
		};
	}

	/** The processor did not answer about the refund once more: the verification job tries again after {@code wait}. */
	@Transactional
	void verifyAgainIn(RefundId id, Duration wait) {
		refunds.verifyAgainIn(id, wait);
	}

	private static Refund withStatus(Refund refund, RefundStatus status) {
		return new Refund(refund.id(), refund.paymentId(), refund.amount(), status, refund.createdAt());
	}
}
