package dev.plaza.payments.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.RefundStatus;
import dev.plaza.payments.application.PaymentTransitions.Confirmation;
import dev.plaza.payments.application.RefundTransitions.StartedRefund;
import dev.plaza.payments.domain.ChargeOutcome;
import dev.plaza.payments.domain.IllegalTransition;
import dev.plaza.payments.domain.Payment;
import dev.plaza.payments.persistence.PaymentRepository;
import dev.plaza.payments.persistence.RefundRepository;
import dev.plaza.payments.processor.CardProcessor;
import dev.plaza.payments.processor.ChargeRequest;
import dev.plaza.payments.processor.RefundOutcome;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Payments of the current tenant: creating them, and talking to the processor between the short
 * transactions of {@link PaymentTransitions} — never inside one, so a slow processor holds no lock
 * and no connection.
 */
@Service
public class PaymentService implements PaymentIntents {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private final PaymentRepository intents;

	private final RefundRepository refunds;

	private final PaymentTransitions transitions;

	private final RefundTransitions refundTransitions;

	private final CardProcessor processor;

	private final PaymentsProperties properties;

	PaymentService(PaymentRepository intents, RefundRepository refunds, PaymentTransitions transitions,
			RefundTransitions refundTransitions, CardProcessor processor, PaymentsProperties properties) {
		this.intents = intents;
		this.refunds = refunds;
		this.transitions = transitions;
		this.refundTransitions = refundTransitions;
		this.processor = processor;
		this.properties = properties;
	}

	@Override
	@Transactional
	public PaymentIntent create(PaymentReference reference, Money amount) {
		if (amount.amount() <= 0) {
			throw new Problem(ProblemType.VALIDATION, "A payment is of a positive amount, not " + amount + ".");
		}
		Payment payment = Payment.create(new PaymentId(Ids.newId()), reference, amount);
		return new PaymentRepository.Stored(payment, intents.insert(payment)).intent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PaymentIntent> find(PaymentId id) {
		return intents.find(id).map(PaymentRepository.Stored::intent);
	}

	@Transactional(readOnly = true)
	public List<Refund> refundsOf(PaymentId id) {
		return refunds.of(id);
	}

	@Transactional(readOnly = true)
	public Optional<Refund> findRefund(PaymentId payment, RefundId id) {
		return refunds.find(id).filter(refund -> refund.paymentId().equals(payment));
	}

	@Override
	public PaymentIntent confirm(PaymentId id, PaymentMethod method) {
		outsideTransactions();
		Confirmation confirmation = transitions.startConfirming(id, method);
		if (!confirmation.started()) {
			return confirmation.stored().intent();
		}
		return settle(id, processor.charge(chargeOf(confirmation.stored().payment())));
	}

	@Override
	public Refund refund(PaymentId id, Money amount) {
		return refund(id, amount, new RefundId(Ids.newId()));
	}

	@Override
	public Refund refund(PaymentId id, Money amount, RefundId refundId) {
		outsideTransactions();
		StartedRefund started = refundTransitions.start(id, amount, refundId);
		Refund refund = started.refund();
		if (refund.status() != RefundStatus.PENDING) {
			return refund;
		}
		return refundTransitions.settle(refund.id(), processor.refund(started.chargeId(), refund.id(), refund.amount()));
	}

	/**
	 * The verification job's question about a payment awaiting the processor: what became of its charge?
	 * If the processor never received it, it is sent now — under the same idempotency key, so it is
	 * still charged at most once. Still unsettled, it is asked about again later, less often each time.
	 */
	public void verify(PaymentId id, int questionsAsked) {
		Payment payment = transitions.current(id).payment();
		if (!payment.status().awaitsProcessor()) {
			return;
		}
		ChargeOutcome outcome = processor.lookUp(id, payment.chargeId()).orElseGet(() -> processor.charge(chargeOf(payment)));
		PaymentIntent settled = settle(id, outcome);
		if (settled.status().awaitsProcessor()) {
			Duration wait = properties.verificationSchedule().waitAfter(questionsAsked);
			transitions.verifyAgainIn(id, wait);
			log.info("Payment {} is still {} after question {} to the processor ({}); asking again in {}", id,
					settled.status().code(), questionsAsked + 1, outcome, wait);
		}
		else {
			log.info("Payment {} {} by the verification job", id, settled.status().code());
		}
	}

	/** The job's retry of a refund the processor did not answer: the same idempotency key, so refunded at most once. */
	public void verifyRefund(RefundId id, int questionsAsked) {
		Refund refund = refundTransitions.find(id).orElseThrow();
		if (refund.status() != RefundStatus.PENDING) {
			return;
		}
		String chargeId = transitions.current(refund.paymentId()).payment().chargeId();
		RefundOutcome outcome = processor.refund(chargeId, id, refund.amount());
		if (refundTransitions.settle(id, outcome).status() == RefundStatus.PENDING) {
			refundTransitions.verifyAgainIn(id, properties.verificationSchedule().waitAfter(questionsAsked));
		}
	}

	/** A contradicting outcome (success of a failed payment) is the processor's confusion: logged, not applied. */
	private PaymentIntent settle(PaymentId id, ChargeOutcome outcome) {
		try {
			return transitions.settle(id, outcome);
		}
		catch (IllegalTransition contradiction) {
			log.error("The processor reported payment {} {} while it is {}; left as it is", id, contradiction.to().code(),
					contradiction.from().code());
			return transitions.current(id).intent();
		}
	}

	private static ChargeRequest chargeOf(Payment payment) {
		return new ChargeRequest(TenantContext.current().orElseThrow(), payment.id(), payment.reference(), payment.amount(),
				payment.paymentMethod());
	}

	/** A processor call inside a transaction would hold its locks and connection for as long as the processor takes. */
	private static void outsideTransactions() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Confirm payments and refunds outside any transaction: they wait for the processor");
		}
	}
}
