package dev.plaza.orders.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.plaza.audit.PersonalDataRead;
import dev.plaza.orders.application.Checkout;
import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderTransitions;
import dev.plaza.orders.application.OrderView;
import dev.plaza.orders.application.OrdersProblems;
import dev.plaza.orders.application.QrCodes;
import dev.plaza.orders.application.Refunding;
import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundStatus;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final Checkout checkout;

	private final OrderReader reader;

	private final OrderTransitions transitions;

	private final Refunding refunding;

	OrderController(Checkout checkout, OrderReader reader, OrderTransitions transitions, Refunding refunding) {
		this.checkout = checkout;
		this.reader = reader;
		this.transitions = transitions;
		this.refunding = refunding;
	}

	/**
	 * Turns the cart into an order awaiting payment, with its payment ({@code paymentId}): 201. The
	 * {@code Idempotency-Key} is required, so a retried checkout never makes two orders.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<OrderView> create(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody CreateRequest request) {
		if (idempotencyKey == null) {
			throw new Problem(OrdersProblems.IDEMPOTENCY_KEY_REQUIRED, "Send an Idempotency-Key header (a new UUID, say) "
					+ "with every checkout, and the same one when you retry it, so that a retry never makes a second order.");
		}
		if (request.cartId() == null) {
			Problem.refuseIfAny(List.of(new FieldError("cartId", "must name the cart to order")));
		}
		UUID order;
		try {
			order = checkout.place(request.cartId());
		}
		catch (Problem refused) {
			throw ApiHints.ofCheckout(refused, request.cartId());
		}
		return ResponseEntity.created(URI.create("/api/v1/orders/" + order)).body(view(order));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_orders:write')")
	@PersonalDataRead(resource = "order")
	OrderView get(@PathVariable UUID id) {
		return view(id);
	}

	/** Cancels an order awaiting payment, releasing its seats and units; any other order: 409. */
	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	OrderView cancel(@PathVariable UUID id) {
		try {
			transitions.cancelOnRequest(id);
		}
		catch (IllegalTransition refused) {
			throw OrdersProblems.of(refused, "Only an order awaiting payment can be cancelled; refund a paid one instead.");
		}
		return view(id);
	}

	/** The customer has what they bought: a confirmed order becomes fulfilled; any other: 409. */
	@PostMapping("/{id}/fulfil")
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	OrderView fulfil(@PathVariable UUID id) {
		try {
			transitions.fulfil(id);
		}
		catch (IllegalTransition refused) {
			throw OrdersProblems.of(refused, "Only a confirmed order can be fulfilled; wait until its confirmation is done.");
		}
		return view(id);
	}

	/**
	 * Gives back {@code {"amount"}} of the order's payment, or all that is left with {@code {}}: 201 when
	 * the processor gave it back, 202 while it is pending. The order shows it once it is done. Customer care
	 * ({@code orders:refund} alone) names an amount up to the support limit.
	 */
	@PostMapping(path = "/{id}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:write', 'SCOPE_orders:refund')")
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "202")
	ResponseEntity<RefundView> refund(@PathVariable UUID id, @RequestBody RefundRequest request, Authentication caller) {
		if (request.amount() != null && request.amount() < 1) {
			Problem.refuseIfAny(List.of(new FieldError("amount",
					"must be a positive whole number of minor units, or left out to refund all that is left")));
		}
		boolean operator = caller.getAuthorities().stream().anyMatch(held -> held.getAuthority().equals("SCOPE_orders:write"));
		Refund refund = operator ? refunding.refund(id, request.amount())
				: refunding.refundWithinSupportLimit(id, request.amount());
		RefundView view = new RefundView(refund.id().value(), refund.paymentId().value(), refund.amount().amount(),
				refund.amount().currency().getCurrencyCode(), refund.status().code());
		return ResponseEntity.status(refund.status() == RefundStatus.PENDING ? 202 : 201).body(view);
	}

	@GetMapping(path = "/{id}/tickets/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_orders:write')")
	@ApiResponse(responseCode = "200")
	ResponseEntity<byte[]> qr(@PathVariable UUID id, @PathVariable String code) {
		if (view(id).tickets().stream().noneMatch(ticket -> ticket.code().equals(code))) {
			throw Problem.notFound("ticket of order " + id, code);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(QrCodes.png(code));
	}

	private OrderView view(UUID id) {
		return reader.view(id).orElseThrow(() -> Problem.notFound("order", id));
	}

	record CreateRequest(UUID cartId) {
	}

	record RefundRequest(Long amount) {
	}

	record RefundView(UUID id, UUID paymentId, long amount, String currency, String status) {
	}
}
