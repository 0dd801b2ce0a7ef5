package dev.plaza.orders.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.plaza.audit.PersonalDataRead;
import dev.plaza.orders.application.CartService;
import dev.plaza.orders.application.CartView;
import dev.plaza.orders.persistence.CartRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/carts")
class CartController {

	static final int MAX_QUANTITY = 10_000;

	private final CartService service;

	CartController(CartService service) {
		this.service = service;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<CartView> create(@RequestBody CreateRequest request) {
		request.validate();
		CartRepository.Cart cart = service.create(request.customer(), request.email());
		return ResponseEntity.created(URI.create("/api/v1/carts/" + cart.id())).body(service.view(cart.id()));
	}

	/** Adds {@code {"productId", "quantity"}} (reserving the units) or {@code {"holdId"}}: 201 with the cart. */
	@PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<CartView> add(@PathVariable UUID id, @RequestBody AddRequest request) {
		request.validate();
		CartRepository.Item item;
		try {
			item = request.holdId() != null ? service.addHold(id, request.holdId())
					: service.addProduct(id, request.productId(), request.quantity());
		}
		catch (Problem refused) {
			throw ApiHints.ofCart(refused);
		}
		return ResponseEntity.created(URI.create("/api/v1/carts/" + id + "/items/" + item.id())).body(service.view(id));
	}

	@DeleteMapping("/{id}/items/{item}")
	@PreAuthorize("hasAuthority('SCOPE_orders:write')")
	CartView remove(@PathVariable UUID id, @PathVariable UUID item) {
		try {
			service.remove(id, item);
		}
		catch (Problem refused) {
			throw ApiHints.ofCart(refused);
		}
		return service.view(id);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_orders:write')")
	@PersonalDataRead(resource = "cart")
	CartView get(@PathVariable UUID id) {
		return service.view(id);
	}

	/** @param email where the order confirmation and tickets are sent; without one, none is sent */
	record CreateRequest(String customer, String email) {

		private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

		void validate() {
			List<FieldError> errors = new ArrayList<>();
			if (customer == null || customer.isBlank() || customer.length() > 200) {
				errors.add(new FieldError("customer",
						"must name the customer (your own reference for them) in 1 to 200 characters"));
			}
			if (email != null && (email.length() > 254 || !ADDRESS.matcher(email).matches())) {
				errors.add(new FieldError("email", "must be an e-mail address such as ana@example.com, or left out"));
			}
			Problem.refuseIfAny(errors);
		}
	}

	record AddRequest(UUID productId, Integer quantity, UUID holdId) {

		void validate() {
			if (holdId != null && (productId != null || quantity != null)) {
				Problem.refuseIfAny(List.of(new FieldError("holdId",
						"comes alone: send either {\"holdId\"} or {\"productId\", \"quantity\"}")));
			}
			if (holdId != null) {
				return;
			}
			List<FieldError> errors = new ArrayList<>();
			if (productId == null) {
				errors.add(new FieldError("productId", "must name a product of the shop (or send a holdId instead)"));
			}
			if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
				errors.add(new FieldError("quantity", "must be a whole number from 1 to " + MAX_QUANTITY));
			}
			Problem.refuseIfAny(errors);
		}
	}
}
