package dev.plaza.inventory.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.StockLine;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.application.StockProperties;
import dev.plaza.inventory.application.StockRefusals;
import dev.plaza.inventory.application.Stockroom;
import dev.plaza.inventory.domain.StockRules;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.products.ProductId;
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

/** Carts keep stock while customers shop; staff (or a point of sale) commit what was sold. */
@RestController
@RequestMapping("/api/v1/stock/reservations")
@PreAuthorize("hasAuthority('SCOPE_reservations:write')")
class StockReservationController {

	private final Stockroom stockroom;

	private final StockProperties properties;

	StockReservationController(Stockroom stockroom, StockProperties properties) {
		this.stockroom = stockroom;
		this.properties = properties;
	}

	/**
	 * Reserves every line or none: 201; 400 listing every field to fix; 422 for products or locations
	 * the shop does not have; 409 {@code insufficient-stock} listing each short line with what is available.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<ReservationView> reserve(@RequestBody ReservationRequest request) {
		Duration ttl = request.ttlSeconds() == null ? properties.reservationTtl() : Duration.ofSeconds(request.ttlSeconds());
		List<FieldError> found = new ArrayList<>();
		List<StockLine> lines = request.stockLines(found);
		found.addAll(StockRules.reservation(request.customer(), lines, ttl, properties.maxReservationTtl(),
				properties.maxLinesPerReservation()));
		StockRefusals.refuseIfAny(found);
		ReservationView reservation;
		try {
			reservation = ReservationView.of(stockroom.reserve(request.customer(), lines, ttl));
		}
		catch (Problem refused) {
			throw ApiHints.of(refused);
		}
		return ResponseEntity.created(URI.create("/api/v1/stock/reservations/" + reservation.id())).body(reservation);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('SCOPE_reservations:write', 'SCOPE_catalog:write')")
	ReservationView get(@PathVariable UUID id) {
		StockReservationId reservation = new StockReservationId(id);
		return ReservationView.of(stockroom.find(reservation).orElseThrow(() -> Problem.notFound("stock reservation", reservation)));
	}

	/** Releases the reservation: its units are available at once. Again, or once expired, it changes nothing. */
	@DeleteMapping("/{id}")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> release(@PathVariable UUID id) {
		stockroom.release(new StockReservationId(id));
		return ResponseEntity.noContent().build();
	}

	/** Sells the reserved units: on hand goes down once, however often this is sent. */
	@PostMapping("/{id}/commit")
	@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
	ReservationView commit(@PathVariable UUID id) {
		return ReservationView.of(stockroom.commit(new StockReservationId(id)));
	}

	record ReservationRequest(String customer, List<LineRequest> lines, Integer ttlSeconds) {

		/**
		 * The lines as the published API takes them; a malformed location is reported here and left
		 * out, a missing quantity is left for the rules to report.
		 */
		List<StockLine> stockLines(List<FieldError> found) {
			if (lines == null) {
				return null;
			}
			List<StockLine> stockLines = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				LineRequest line = lines.get(i);
				if (line == null) {
					stockLines.add(null);
					continue;
				}
				LocationCode location = null;
				if (line.location() != null && !LocationCode.isValid(line.location())) {
					found.add(new FieldError("lines[" + i + "].location", LocationController.CODE_RULE));
				}
				else if (line.location() != null) {
					location = new LocationCode(line.location());
				}
				stockLines.add(new StockLine(line.productId() == null ? null : new ProductId(line.productId()), line.sku(),
						location, line.quantity() == null ? 0 : line.quantity()));
			}
			return stockLines;
		}
	}

	record LineRequest(UUID productId, String sku, String location, Integer quantity) {
	}
}
