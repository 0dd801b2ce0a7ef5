package dev.plaza.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * Payments on their own, as orders use them: {@link PaymentIntents} on a real PostgreSQL, charging at
 * the simulated card processor over HTTP, with no other business module started. The module has no
 * web server here, so no webhook reaches it: what the processor leaves pending is settled by the
 * verification job, asked after {@code verify-after}. Module tests share one test instance, so each
 * test pays in a tenant of its own.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "plaza.payments.verify-after=100ms", "plaza.payments.verification-interval=100ms" })
class PaymentsModuleTest {

	private static final Money PRICE = Money.of(1250, "EUR");

	@Autowired
	PaymentIntents payments;

	@Test
	void anApprovedCardIsChargedAndAnnouncedOnceHoweverOftenItIsConfirmed(Scenario scenario,
			AssertablePublishedEvents events) {
		TenantId tenant = newTenant();
		PaymentId payment = TenantContext.callAs(tenant, () -> payments.create(new PaymentReference("order-1"), PRICE).id());

		scenario.stimulate(tx -> TenantContext.callAs(tenant, () -> payments.confirm(payment, approve())))
			.andWaitForEventOfType(PaymentSucceeded.class)
			.matching(succeeded -> succeeded.paymentId().equals(payment))
			.toArriveAndVerify((succeeded, confirmed) -> {
				assertThat(confirmed.status()).isEqualTo(PaymentStatus.SUCCEEDED);
				assertThat(succeeded.tenant()).isEqualTo(tenant);
				assertThat(succeeded.reference()).isEqualTo(new PaymentReference("order-1"));
				assertThat(succeeded.amount()).isEqualTo(PRICE);
			});

		// A retried confirmation answers the payment as it stands; it would publish in its own call if it charged again.
		PaymentIntent again = TenantContext.callAs(tenant, () -> payments.confirm(payment, approve()));

		assertThat(again.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(events.ofType(PaymentSucceeded.class).matching(succeeded -> succeeded.paymentId().equals(payment)))
			.hasSize(1);
	}

	@Test
	void aDeclinedCardFailsThePaymentWithTheProcessorsReason(Scenario scenario) {
		TenantId tenant = newTenant();
		PaymentId payment = TenantContext.callAs(tenant, () -> payments.create(new PaymentReference("order-2"), PRICE).id());

		scenario.stimulate(tx -> TenantContext.callAs(tenant, () -> payments.confirm(payment, new PaymentMethod("tok_decline"))))
			.andWaitForEventOfType(PaymentFailed.class)
			.matching(failed -> failed.paymentId().equals(payment))
			.toArriveAndVerify((failed, confirmed) -> {
				assertThat(confirmed.status()).isEqualTo(PaymentStatus.FAILED);
				assertThat(confirmed.failureCode()).isEqualTo("generic_decline");
				assertThat(failed.failureCode()).isEqualTo("generic_decline");
				assertThat(failed.tenant()).isEqualTo(tenant);
			});
	}

	@Test
	void aPaymentTheProcessorLeavesPendingIsSettledByTheVerificationJob(Scenario scenario) {
		TenantId tenant = newTenant();
		PaymentId payment = TenantContext.callAs(tenant, () -> payments.create(new PaymentReference("order-3"), PRICE).id());

		scenario.stimulate(tx -> TenantContext.callAs(tenant, () -> payments.confirm(payment, new PaymentMethod("tok_pending"))))
			.andWaitForStateChange(() -> TenantContext.callAs(tenant, () -> payments.find(payment).orElseThrow().status()),
					PaymentStatus.SUCCEEDED::equals)
			.andExpect(PaymentSucceeded.class)
			.matching(succeeded -> succeeded.paymentId().equals(payment))
			.toArriveAndVerify((succeeded, confirmed) -> {
				assertThat(confirmed.status()).isEqualTo(PaymentStatus.PENDING);
				assertThat(succeeded.tenant()).isEqualTo(tenant);
			});
	}

	@Test
	void aRefundGivesBackPartOfThePaymentAndNeverMoreThanIsLeft(Scenario scenario) {
		TenantId tenant = newTenant();
		PaymentId payment = TenantContext.callAs(tenant, () -> {
			PaymentId created = payments.create(new PaymentReference("order-4"), PRICE).id();
			return payments.confirm(created, approve()).id();
		});

		scenario.stimulate(tx -> TenantContext.callAs(tenant, () -> payments.refund(payment, Money.of(500, "EUR"))))
			.andWaitForEventOfType(PaymentRefunded.class)
			.matching(refunded -> refunded.paymentId().equals(payment))
			.toArriveAndVerify((refunded, refund) -> {
				assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
				assertThat(refunded.refundId()).isEqualTo(refund.id());
				assertThat(refunded.amount()).isEqualTo(Money.of(500, "EUR"));
				assertThat(refunded.refundedTotal()).isEqualTo(Money.of(500, "EUR"));
			});

		TenantContext.runAs(tenant, () -> {
			assertThatThrownBy(() -> payments.refund(payment, Money.of(751, "EUR"))).isInstanceOfSatisfying(Problem.class,
					tooMuch -> {
						assertThat(tooMuch.type().slug()).isEqualTo("refund-exceeds-payment");
						assertThat(tooMuch.properties()).containsEntry("refundable", 750L);
					});
			assertThat(payments.find(payment)).hasValueSatisfying(
					read -> assertThat(read.refunded()).isEqualTo(Money.of(500, "EUR")));
		});
	}

	@Test
	void aConfirmedPaymentRefusesAnotherPaymentMethodAndOtherTenantsDoNotSeeIt() {
		TenantId tenant = newTenant();
		PaymentId payment = TenantContext.callAs(tenant, () -> {
			PaymentId created = payments.create(new PaymentReference("order-5"), PRICE).id();
			return payments.confirm(created, new PaymentMethod("tok_decline")).id();
		});

		TenantContext.runAs(tenant, () -> assertThatThrownBy(() -> payments.confirm(payment, approve()))
			.isInstanceOfSatisfying(Problem.class,
					refused -> assertThat(refused.type().slug()).isEqualTo("payment-already-confirmed")));
		assertThat(TenantContext.callAs(newTenant(), () -> payments.find(payment))).isEmpty();
	}

	private static PaymentMethod approve() {
		return new PaymentMethod("tok_approve");
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	/**
	 * The simulated card processor on a free port of 127.0.0.1, started before the payments module needs
	 * it and stopped with the context. Pending charges settle after a fifth of a second.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SimulatedCardProcessor {

		@Bean(destroyMethod = "close")
		CardProcessorSimulator simulatedCardProcessor() {
			return CardProcessorSimulator.start(Settings.defaults().withPendingDelay(Duration.ofMillis(200)));
		}

		@Bean
		DynamicPropertyRegistrar simulatedCardProcessorSettings(CardProcessorSimulator simulator) {
			return registry -> {
				registry.add("plaza.payments.processor-url", () -> simulator.baseUrl().toString());
				registry.add("plaza.payments.api-key", () -> simulator.settings().apiKey());
				registry.add("plaza.payments.webhook-secret", () -> simulator.settings().webhookSecret());
			};
		}
	}
}
