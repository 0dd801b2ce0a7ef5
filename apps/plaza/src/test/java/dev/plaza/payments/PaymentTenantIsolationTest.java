package dev.plaza.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Another tenant's payment answers 404 exactly like a missing one, and cannot be paid or refunded. */
@PlazaTest
class PaymentTenantIsolationTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	CardProcessorSimulator processor;

	@Test
	void anotherTenantCannotReadConfirmOrRefundAPayment() {
		PaymentCalls acme = PaymentCalls.newTenant(plaza, processor);
		PaymentCalls globex = PaymentCalls.newTenant(plaza, processor);
		UUID unpaid = acme.newPayment();
		UUID paid = acme.newPayment();
		acme.confirm(paid, "tok_approve");

		Response read = globex.get(unpaid);
		Response confirmed = globex.confirm(unpaid, "tok_approve");
		Response refunded = globex.refund(paid, "{}");

		assertThat(read.status()).isEqualTo(404);
		assertThat(read.problemType()).isEqualTo("not-found");
		assertThat(confirmed.status()).isEqualTo(404);
		assertThat(refunded.status()).isEqualTo(404);
		assertThat(acme.status(unpaid)).isEqualTo("requires_payment");
		assertThat(acme.chargesAtProcessor(unpaid)).isEmpty();
		assertThat(acme.get(paid).json().get("refundedAmount").asLong()).isZero();
	}
}
