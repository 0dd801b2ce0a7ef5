package dev.plaza.payments.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.application.PaymentTransitions;
import dev.plaza.payments.application.PaymentsProblems;
import dev.plaza.payments.processor.ProcessorEvent;
import dev.plaza.payments.processor.WebhookSignatures;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The card processor's webhooks. They carry no token: the signature over the exact body authenticates
 * them, and the tenant is the one the verified event's charge names (Plaza put it in the charge's
 * metadata). Anything refused here changes nothing; the processor delivers again later.
 */
@RestController
public class WebhookController {

	public static final String PATH = "/api/v1/payments/webhooks/card-processor";

	private final WebhookSignatures signatures;

	private final PaymentTransitions transitions;

	WebhookController(WebhookSignatures signatures, PaymentTransitions transitions) {
		this.signatures = signatures;
		this.transitions = transitions;
	}

	/**
	 * 200 once acted on (or already acted on: {@code duplicate} true; or not an event Plaza acts on:
	 * {@code ignored} true); 401 for a missing, forged or stale signature; 404 for a payment the
	 * tenant does not have; 409 for an outcome contradicting the payment's.
	 */
	@PostMapping(PATH)
	@PreAuthorize("permitAll()")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "401", description = "The signature is missing, forged or stale")
	@ApiResponse(responseCode = "404", description = "The event is about a payment Plaza did not make")
	@ApiResponse(responseCode = "409", description = "The outcome contradicts the payment's known state")
	Map<String, Object> receive(@RequestBody byte[] body,
			@RequestHeader(name = WebhookSignatures.HEADER, required = false) String signature) {
		verify(signature, body);
		ProcessorEvent event;
		try {
			event = ProcessorEvent.read(body);
		}
		catch (IllegalArgumentException ex) {
			throw new Problem(PaymentsProblems.WEBHOOK_MALFORMED, ex.getMessage());
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("received", event.id());
		if (event.outcome().isEmpty()) {
			answer.put("ignored", true);
			return answer;
		}
		if (event.tenant().isEmpty() || event.payment().isEmpty()) {
			throw new Problem(ProblemType.NOT_FOUND, "Event " + event.id() + " is about a charge Plaza did not make: its "
					+ "metadata names no tenant_id and payment_id. Nothing was changed.");
		}
		PaymentId payment = event.payment().get();
		Optional<PaymentIntent> settled = TenantContext.callAs(event.tenant().get(),
				() -> transitions.settleByWebhook(event.id(), event.type(), payment, event.outcome().get()));
		answer.put("duplicate", settled.isEmpty());
		settled.ifPresent(intent -> answer.put("status", intent.status().code()));
		return answer;
	}

	private void verify(String signature, byte[] body) {
		switch (signatures.verify(signature, body, Instant.now())) {
			case VALID -> {
			}
			case STALE -> throw new Problem(PaymentsProblems.WEBHOOK_STALE, "The signature's timestamp is too far from now, "
					+ "so this may be a replayed delivery; nothing was changed. Sign each delivery when it is sent.");
			case MISSING -> throw new Problem(PaymentsProblems.WEBHOOK_SIGNATURE_INVALID, "The webhook carries no "
					+ WebhookSignatures.HEADER + " header; nothing was changed. Sign it with the shared webhook secret.");
			case MALFORMED, MISMATCH -> throw new Problem(PaymentsProblems.WEBHOOK_SIGNATURE_INVALID, "The "
					+ WebhookSignatures.HEADER + " header is not a valid signature of this body (t=<unix seconds>,v1=<hex "
					+ "HMAC-SHA256 of \"<t>.<body>\" with the webhook secret>); nothing was changed.");
		}
	}
}
