package dev.plaza.inventory.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.application.StockKeeping;
import dev.plaza.inventory.application.StockKeeping.Adjusted;
import dev.plaza.inventory.application.StockRefusals;
import dev.plaza.inventory.domain.AdjustmentReason;
import dev.plaza.inventory.domain.StockRules;
import dev.plaza.inventory.persistence.AdjustmentRepository.Entry;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.products.ProductId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff record stock received, counted, damaged, returned or corrected; every change of on hand is listed. */
@RestController
@RequestMapping("/api/v1/stock/adjustments")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class AdjustmentController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final StockKeeping keeping;

	AdjustmentController(StockKeeping keeping) {
		this.keeping = keeping;
	}

	/**
	 * 201 with the adjustment and on hand after it; 400 listing every field to fix; 422 for a product
	 * or location the shop does not have; 409 when on hand would go below zero or below what is reserved.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<AdjustmentView> adjust(@RequestBody AdjustmentRequest request, Principal client) {
		List<FieldError> found = new ArrayList<>();
		if ((request.productId() == null) == (request.sku() == null)) {
			found.add(new FieldError("productId", "name the product either by productId or by sku"));
		}
		if (!LocationCode.isValid(request.location())) {
			found.add(new FieldError("location", LocationController.CODE_RULE));
		}
		found.addAll(StockRules.adjustment(request.reason(), request.delta(), request.note()));
		StockRefusals.refuseIfAny(found);
		Adjusted adjusted;
		try {
			adjusted = keeping.adjust(request.productId() == null ? null : new ProductId(request.productId()),
					request.sku(), new LocationCode(request.location()), request.delta(),
					AdjustmentReason.givenByStaff(request.reason()).orElseThrow(), request.note(), client.getName());
		}
		catch (Problem refused) {
			throw ApiHints.of(refused);
		}
		AdjustmentView view = AdjustmentView.of(adjusted.entry());
		return ResponseEntity.created(URI.create("/api/v1/stock/adjustments?product=" + view.productId())).body(view);
	}

	/**
	 * Every change of on hand in the order it was made — staff adjustments and sales (reason
	 * {@code sold}) — of one product (and location) or of all; a page at a time, following {@code nextCursor}.
	 */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_catalog:write', 'SCOPE_reservations:write', 'SCOPE_tenant:read')")
	AdjustmentPage list(@RequestParam(required = false) UUID product, @RequestParam(required = false) String location,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			throw new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".",
					Map.of("parameter", "limit"));
		}
		List<Entry> found = keeping.adjustments(product, location, AdjustmentCursor.decode(cursor), size + 1);
		List<Entry> page = found.size() > size ? found.subList(0, size) : found;
		return new AdjustmentPage(page.stream().map(AdjustmentView::of).toList(),
				found.size() > size ? AdjustmentCursor.after(page.getLast().seq()) : null);
	}

	record AdjustmentRequest(UUID productId, String sku, String location, Long delta, String reason, String note) {
	}

	/** One change of on hand: a staff adjustment carries the client that made it, a sale its reservation. */
	record AdjustmentView(UUID id, UUID productId, String location, long delta, String reason,
			@Schema(nullable = true) String note, long onHandAfter, @Schema(nullable = true) UUID reservationId,
			@Schema(nullable = true) String clientId, Instant createdAt) {

		static AdjustmentView of(Entry entry) {
			return new AdjustmentView(entry.id(), entry.product(), entry.location(), entry.delta(), entry.reason().code(),
					entry.note(), entry.onHandAfter(), entry.reservation(), entry.client(), entry.createdAt());
		}
	}

	/** A page of adjustments; {@code nextCursor} is null on the last page. */
	record AdjustmentPage(List<AdjustmentView> items, @Schema(nullable = true) String nextCursor) {
	}
}
