package dev.plaza.orders.web;

import java.util.UUID;

import dev.plaza.orders.jobs.ConfirmationAgain;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An order's confirmation e-mail, sent again on request. */
@RestController
@RequestMapping("/api/v1/orders/{id}/confirmation-email")
class ConfirmationController {

	private final ConfirmationAgain again;

	ConfirmationController(ConfirmationAgain again) {
		this.again = again;
	}

	/**
	 * E-mails the customer the order's confirmation, tickets attached, once more: 202, on its way. An
	 * order not confirmed yet answers 409 ({@code order-not-confirmed}); one placed without an e-mail
	 * address 422 ({@code order-without-email}).
	 */
	@PostMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:write', 'SCOPE_orders:refund')")
	@ApiResponse(responseCode = "202")
	@ApiResponse(responseCode = "409", description = "The order is not confirmed yet (type order-not-confirmed)")
	@ApiResponse(responseCode = "422", description = "The order has no e-mail address (type order-without-email)")
	ResponseEntity<Void> resend(@PathVariable UUID id) {
		again.send(id);
		return ResponseEntity.accepted().build();
	}
}
