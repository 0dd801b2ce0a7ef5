package dev.plaza.payments.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import dev.plaza.payments.application.PaymentService;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.web.PaymentViews.PaymentView;
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
@RequestMapping("/api/v1/payments")
class PaymentController {

	private final PaymentService payments;

	PaymentController(PaymentService payments) {
		this.payments = payments;
	}

	/** A new payment awaiting its payment method: 201. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_payments:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<PaymentView> create(@RequestBody CreateRequest request) {
		request.validate();
		PaymentIntent created = payments.create(new PaymentReference(request.reference()),
				Money.of(request.amount(), request.currency()));
		return ResponseEntity.created(URI.create("/api/v1/payments/" + created.id()))
			.body(PaymentView.of(created, List.of()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_payments:read')")
	PaymentView get(@PathVariable UUID id) {
		PaymentId payment = new PaymentId(id);
		return PaymentView.of(payments.find(payment).orElseThrow(() -> Problem.notFound("payment", payment)),
				payments.refundsOf(payment));
	}

	/**
	 * Charges the payment method, waiting for the processor at most the budget: 200 when the outcome is
	 * known (status {@code succeeded} or {@code failed}), 202 with status {@code pending} when it comes
	 * later — a slow or unavailable processor included. Confirming again answers the payment as it stands.
	 */
	@PostMapping(path = "/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_payments:write')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "202")
	ResponseEntity<PaymentView> confirm(@PathVariable UUID id, @RequestBody ConfirmRequest request) {
		if (!PaymentMethod.isWellFormed(request.paymentMethod())) {
			Problem.refuseIfAny(List.of(new FieldError("paymentMethod",
					"must be the processor's token for the card, such as \"tok_approve\" (letters, digits, underscores)")));
		}
		PaymentId payment = new PaymentId(id);
		PaymentIntent confirmed = payments.confirm(payment, new PaymentMethod(request.paymentMethod()));
		PaymentView view = PaymentView.of(confirmed, payments.refundsOf(payment));
		return confirmed.status().isFinal() ? ResponseEntity.ok(view) : ResponseEntity.accepted().body(view);
	}

	record CreateRequest(String reference, Long amount, String currency) {

		/** Every field's problem at once, so one corrected request goes through. */
		void validate() {
			List<FieldError> errors = new ArrayList<>();
			if (reference == null || reference.isBlank() || reference.length() > PaymentReference.MAX_LENGTH) {
				errors.add(new FieldError("reference", "must name what is paid for (an order id, say) in 1 to "
						+ PaymentReference.MAX_LENGTH + " characters"));
			}
			if (amount == null || amount < 1) {
				errors.add(new FieldError("amount", "must be a positive whole number of minor units, such as 1250 for 12.50"));
			}
			if (!isCurrency(currency)) {
				errors.add(new FieldError("currency", "must be an ISO 4217 code, such as \"EUR\""));
			}
			Problem.refuseIfAny(errors);
		}
	}

	record ConfirmRequest(String paymentMethod) {
	}

	static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}
}
