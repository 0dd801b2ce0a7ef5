package dev.plaza.payments.jobs;

import java.time.Duration;
import java.util.List;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.application.PaymentService;
import dev.plaza.payments.application.PaymentsProperties;
import dev.plaza.payments.persistence.Due;
import dev.plaza.payments.persistence.PaymentRepository;
import dev.plaza.payments.persistence.RefundRepository;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Settles what the processor left unsettled: every {@code verification-interval} it claims the payments
 * and refunds that have awaited the processor longer than {@code verify-after} and asks the processor
 * about each, in its tenant. Safe on several instances at once: a claim skips rows another instance is
 * claiming and leases them for {@link #LEASE}, so each is asked about by one instance at a time.
 */
@Component
class PaymentVerification implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(PaymentVerification.class);

	static final int CHUNK = 20;

	/** Longer than a chunk of questions takes at the processor's budget, so no claim lapses mid-chunk. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private final PaymentRepository intents;

	private final RefundRepository refunds;

	private final PaymentService payments;

	private final PaymentsProperties properties;

	PaymentVerification(PaymentRepository intents, RefundRepository refunds, PaymentService payments,
			PaymentsProperties properties) {
		this.intents = intents;
		this.refunds = refunds;
		this.payments = payments;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::verifyDue, properties.verificationInterval());
	}

	void verifyDue() {
		List<Due> due;
		do {
			due = intents.claimToVerify(CHUNK, LEASE);
			due.forEach(payment -> ask(payment, () -> payments.verify(new PaymentId(payment.id()), payment.questionsAsked())));
		}
		while (due.size() == CHUNK);
		do {
			due = refunds.claimToVerify(CHUNK, LEASE);
			due.forEach(refund -> ask(refund, () -> payments.verifyRefund(new RefundId(refund.id()), refund.questionsAsked())));
		}
		while (due.size() == CHUNK);
	}

	/** One failure does not stop the others; its lease lapses and it is asked about again. */
	private static void ask(Due due, Runnable question) {
		try {
			TenantContext.runAs(due.tenant(), question);
		}
		catch (RuntimeException ex) {
			log.error("Verifying {} of tenant {} failed; it is asked about again after the lease", due.id(), due.tenant(), ex);
		}
	}
}
