package dev.plaza.payments.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.Refund;

/** How payments and refunds look in JSON: amounts in minor units beside their currency. */
final class PaymentViews {

	private PaymentViews() {
	}

	record PaymentView(UUID id, String reference, long amount, String currency, String status,
			@Schema(nullable = true) String paymentMethod, @Schema(nullable = true) String failureCode,
			long refundedAmount, Instant createdAt, List<RefundView> refunds) {

		static PaymentView of(PaymentIntent payment, List<Refund> refunds) {
			return new PaymentView(payment.id().value(), payment.reference().value(), payment.amount().amount(),
					payment.amount().currency().getCurrencyCode(), payment.status().code(),
					payment.paymentMethod() == null ? null : payment.paymentMethod().token(), payment.failureCode(),
					payment.refunded().amount(), payment.createdAt(), refunds.stream().map(RefundView::of).toList());
		}
	}

	record RefundView(UUID id, UUID paymentId, long amount, String currency, String status, Instant createdAt) {

		static RefundView of(Refund refund) {
			return new RefundView(refund.id().value(), refund.paymentId().value(), refund.amount().amount(),
					refund.amount().currency().getCurrencyCode(), refund.status().code(), refund.createdAt());
		}
	}
}
