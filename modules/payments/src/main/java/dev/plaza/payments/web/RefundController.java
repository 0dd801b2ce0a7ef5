package dev.plaza.payments.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.plaza.payments.application.PaymentService;
import dev.plaza.payments.application.PaymentsProblems;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.RefundStatus;
import dev.plaza.payments.web.PaymentViews.RefundView;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments/{paymentId}/refunds")
class RefundController {

	private final PaymentService payments;

	RefundController(PaymentService payments) {
		this.payments = payments;
	}

	/**
	 * Gives back {@code amount} (all that is left when the body names none): 201 when the processor
	 * refunded it, 202 with status {@code pending} when it answered not in time. 409 if the payment has
	 * not succeeded, 422 above what is left to refund; nothing is refunded then.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_payments:write')")
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "202")
	ResponseEntity<RefundView> refund(@PathVariable UUID paymentId, @RequestBody(required = false) RefundRequest request) {
		PaymentId payment = new PaymentId(paymentId);
		Money amount = request == null || request.amount() == null ? null : request.amountIn(paidCurrency(payment));
		Refund refund = payments.refund(payment, amount);
		if (refund.status() == RefundStatus.FAILED) {
			throw new Problem(PaymentsProblems.REFUND_REFUSED, "The processor refused refund " + refund.id() + " of payment "
					+ payment + "; nothing was refunded. The payment's refundable amount is unchanged.");
		}
		return ResponseEntity.status(refund.status() == RefundStatus.SUCCEEDED ? 201 : 202)
			.location(URI.create("/api/v1/payments/" + payment + "/refunds/" + refund.id()))
			.body(RefundView.of(refund));
	}

	@GetMapping("/{refundId}")
	@PreAuthorize("hasAuthority('SCOPE_payments:read')")
	RefundView get(@PathVariable UUID paymentId, @PathVariable UUID refundId) {
		RefundId refund = new RefundId(refundId);
		return RefundView.of(payments.findRefund(new PaymentId(paymentId), refund)
			.orElseThrow(() -> Problem.notFound("refund", refund)));
	}

	private String paidCurrency(PaymentId payment) {
		return payments.find(payment).map(PaymentIntent::amount).orElseThrow(() -> Problem.notFound("payment", payment))
			.currency().getCurrencyCode();
	}

	/** A refund of {@code amount} minor units; {@code currency}, when given, must be the payment's. */
	record RefundRequest(Long amount, String currency) {

		Money amountIn(String paidIn) {
			if (currency != null && !PaymentController.isCurrency(currency)) {
				Problem.refuseIfAny(List.of(new FieldError("currency",
						"must be an ISO 4217 code such as \"EUR\", or left out for the payment's")));
			}
			return Money.of(amount, currency == null ? paidIn : currency);
		}
	}
}
