package dev.plaza.inventory.application;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.inventory.InsufficientStock;
import dev.plaza.inventory.InsufficientStock.Shortage;
import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.StockCommitted;
import dev.plaza.inventory.StockLine;
import dev.plaza.inventory.StockProblems;
import dev.plaza.inventory.StockReleased;
import dev.plaza.inventory.StockReservation;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservationStatus;
import dev.plaza.inventory.StockReservations;
import dev.plaza.inventory.StockReserved;
import dev.plaza.inventory.domain.AdjustmentReason;
import dev.plaza.inventory.domain.Allocation;
import dev.plaza.inventory.domain.StockRules;
import dev.plaza.inventory.persistence.AdjustmentRepository;
import dev.plaza.inventory.persistence.AdjustmentRepository.NewEntry;
import dev.plaza.inventory.persistence.LocationRepository;
import dev.plaza.inventory.persistence.StockClaimRepository;
import dev.plaza.inventory.persistence.StockClaimRepository.Slot;
import dev.plaza.inventory.persistence.StockLevelRepository;
import dev.plaza.inventory.persistence.StockLevelRepository.Level;
import dev.plaza.inventory.persistence.StockReservationRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.products.Product;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, releases and commits stock. Every refusal is decided before the first write, so the
 * transaction is left to commit (nothing written) rather than marked for rollback: a caller that
 * catches the refusal inside its own transaction can carry on.
 */
@Service
public class Stockroom implements StockReservations {

	private final ProductLines productLines;

	private final LocationRepository locations;

	private final StockLevelRepository levels;

	private final StockClaimRepository claims;

	private final StockReservationRepository records;

	private final AdjustmentRepository log;

	private final StockProperties properties;

	private final ApplicationEventPublisher events;

	Stockroom(ProductLines productLines, LocationRepository locations, StockLevelRepository levels, StockClaimRepository claims, StockReservationRepository records,
			AdjustmentRepository log, StockProperties properties, ApplicationEventPublisher events) {
		this.productLines = productLines;
		this.locations = locations;
		this.levels = levels;
		this.claims = claims;
		this.records = records;
		this.log = log;
		this.properties = properties;
		this.events = events;
	}

	@Override
	@Transactional(noRollbackFor = Problem.class)
	public StockReservation reserve(String customer, List<StockLine> lines) {
		return reserve(customer, lines, properties.reservationTtl());
	}

	@Override
	@Transactional(noRollbackFor = Problem.class)
	public StockReservation reserve(String customer, List<StockLine> lines, Duration ttl) {
		StockRefusals.refuseIfAny(StockRules.reservation(customer, lines, ttl, properties.maxReservationTtl(),
				properties.maxLinesPerReservation()));
		List<Product> products = productLines.resolve(lines);
		refuseUnknownLocations(lines);
		Map<Slot, Long> onHand = onHand(levels.lock(products.stream().map(product -> product.id().value()).toList()));
		Instant now = levels.now();
		Map<Slot, Long> reserved = claims.reserved(products.stream().map(product -> product.id().value()).toList(), now, null);
		List<StockReservation.Line> taken = new ArrayList<>();
		List<Shortage> shortages = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			StockLine line = lines.get(i);
			Product product = products.get(i);
			Map<String, Long> available = available(product, line.location(), onHand, reserved);
			Optional<Map<String, Integer>> allocated = Allocation.fromMostAvailable(line.quantity(), available);
			if (allocated.isEmpty()) {
				shortages.add(new Shortage(i, product.id(), product.sku(), line.location(), line.quantity(),
						Allocation.total(available)));
				continue;
			}
			allocated.get().forEach((location, units) -> taken
				.add(new StockReservation.Line(product.id(), product.sku(), new LocationCode(location), units)));
		}
		if (!shortages.isEmpty()) {
			throw new InsufficientStock(describe(shortages)
					+ ", so nothing was reserved. Ask for fewer units, or for another location.", shortages);
		}
		StockReservation reservation = new StockReservation(new StockReservationId(Ids.newId()), customer, taken,
				now.plus(ttl).truncatedTo(ChronoUnit.MICROS), StockReservationStatus.ACTIVE);
		records.insert(reservation, now);
		claims.take(reservation.id().value(), taken, reservation.expiresAt());
		events.publishEvent(new StockReserved(TenantContext.current().orElseThrow(), reservation.id(), customer, taken,
				reservation.expiresAt()));
		return reservation;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StockReservation> find(StockReservationId id) {
		return records.find(id);
	}

	@Override
	@Transactional(noRollbackFor = Problem.class)
	public StockReservation release(StockReservationId id) {
		if (records.release(id)) {
			claims.free(id.value());
			StockReservation released = records.find(id).orElseThrow();
			events.publishEvent(new StockReleased(TenantContext.current().orElseThrow(), id, released.lines()));
			return released;
		}
		StockReservation current = records.find(id).orElseThrow(() -> Problem.notFound("stock reservation", id));
		if (current.status() == StockReservationStatus.COMMITTED) {
			throw new Problem(StockProblems.RESERVATION_COMMITTED, "Stock reservation " + id + " was committed: its units "
					+ "are sold and cannot be released. Put returned units back with a stock adjustment (reason 'returned').");
		}
		return current;
	}

	@Override
	@Transactional(noRollbackFor = Problem.class)
	public StockReservation commit(StockReservationId id) {
		StockReservation reservation = records.lock(id).orElseThrow(() -> Problem.notFound("stock reservation", id));
		switch (reservation.status()) {
			case COMMITTED -> {
				return reservation;
			}
			case RELEASED -> throw new Problem(StockProblems.RESERVATION_RELEASED, "Stock reservation " + id
					+ " was released, so its units may be in other carts by now. Reserve them again, then commit that reservation.");
			case ACTIVE, EXPIRED -> {
				// Committed below; an expired one only if its units are still to be had.
			}
		}
		List<UUID> products = reservation.lines().stream().map(line -> line.product().value()).toList();
		Map<Slot, Long> onHand = onHand(levels.lock(products));
		Instant now = levels.now();
		Map<Slot, Long> reservedByOthers = claims.reserved(products, now, id.value());
		refuseIfTakenSinceExpiry(reservation, onHand, reservedByOthers);
		for (StockReservation.Line line : reservation.lines()) {
			long after = levels.add(line.product().value(), line.location().value(), -line.quantity());
			log.append(new NewEntry(Ids.newId(), line.product().value(), line.location().value(), -line.quantity(),
					AdjustmentReason.SOLD, null, after, id.value(), null));
		}
		claims.free(id.value());
		records.committed(id, now);
		events.publishEvent(new StockCommitted(TenantContext.current().orElseThrow(), id, reservation.lines()));
		return new StockReservation(id, reservation.customer(), reservation.lines(), reservation.expiresAt(),
				StockReservationStatus.COMMITTED);
	}

	/** An active reservation's units are there by construction; an expired one's only if nobody took them since. */
	private static void refuseIfTakenSinceExpiry(StockReservation reservation, Map<Slot, Long> onHand,
			Map<Slot, Long> reservedByOthers) {
		List<Shortage> shortages = new ArrayList<>();
		for (int i = 0; i < reservation.lines().size(); i++) {
			StockReservation.Line line = reservation.lines().get(i);
			Slot slot = new Slot(line.product().value(), line.location().value());
			long available = onHand.getOrDefault(slot, 0L) - reservedByOthers.getOrDefault(slot, 0L);
			if (available < line.quantity()) {
				shortages.add(new Shortage(i, line.product(), line.sku(), line.location(), line.quantity(), Math.max(0, available)));
			}
		}
		if (!shortages.isEmpty()) {
			throw new InsufficientStock("Stock reservation " + reservation.id() + " expired at "
					+ DateTimeFormatter.ISO_INSTANT.format(reservation.expiresAt()) + " and " + describe(shortages)
					+ " now, so nothing was committed. Reserve what is available and commit that reservation.", shortages);
		}
	}

	/** Units available now per location the line may take from: the one it names, or any the product is kept at. */
	private static Map<String, Long> available(Product product, LocationCode fixed, Map<Slot, Long> onHand,
			Map<Slot, Long> reserved) {
		Map<String, Long> available = new LinkedHashMap<>();
		onHand.forEach((slot, units) -> {
			if (slot.product().equals(product.id().value()) && (fixed == null || fixed.value().equals(slot.location()))) {
				available.put(slot.location(), units - reserved.getOrDefault(slot, 0L));
			}
		});
		return available;
	}

	private static Map<Slot, Long> onHand(List<Level> locked) {
		Map<Slot, Long> onHand = new HashMap<>();
		locked.forEach(level -> onHand.put(new Slot(level.product(), level.location()), level.onHand()));
		return onHand;
	}

	private void refuseUnknownLocations(List<StockLine> lines) {
		Set<String> named = lines.stream().map(StockLine::location).filter(Objects::nonNull)
			.map(LocationCode::value).collect(Collectors.toSet());
		if (named.isEmpty()) {
			return;
		}
		Set<String> existing = locations.existing(named);
		List<FieldError> unknown = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			LocationCode location = lines.get(i).location();
			if (location != null && !existing.contains(location.value())) {
				unknown.add(UnknownLocation.at("lines[" + i + "].location", location));
			}
		}
		StockRefusals.refuseIfAny(StockRefusals.UNKNOWN_REFERENCE, unknown);
	}

	private static String describe(List<Shortage> shortages) {
		return shortages.stream()
			.map(shortage -> "lines[" + shortage.line() + "] asks for " + shortage.requested() + " of " + shortage.sku()
					+ (shortage.location() == null ? "" : " at " + shortage.location()) + "; " + shortage.available()
					+ " available")
			.collect(Collectors.joining("; "));
	}
}
