package dev.plaza.inventory.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.StockLevels;
import dev.plaza.inventory.domain.AdjustmentReason;
import dev.plaza.inventory.domain.OnHand;
import dev.plaza.inventory.persistence.AdjustmentRepository;
import dev.plaza.inventory.persistence.AdjustmentRepository.Entry;
import dev.plaza.inventory.persistence.AdjustmentRepository.NewEntry;
import dev.plaza.inventory.persistence.LocationRepository;
import dev.plaza.inventory.persistence.StockClaimRepository;
import dev.plaza.inventory.persistence.StockClaimRepository.Slot;
import dev.plaza.inventory.persistence.StockLevelRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.products.Product;
import dev.plaza.products.ProductId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes on-hand stock as staff count, receive and lose it, and tells how much there is. */
@Service
public class StockKeeping implements StockLevels {

	private final ProductLines productLines;

	private final LocationRepository locations;

	private final StockLevelRepository levels;

	private final StockClaimRepository claims;

	private final AdjustmentRepository log;

	StockKeeping(ProductLines productLines, LocationRepository locations, StockLevelRepository levels, StockClaimRepository claims, AdjustmentRepository log) {
		this.productLines = productLines;
		this.locations = locations;
		this.levels = levels;
		this.claims = claims;
		this.log = log;
	}

	/**
	 * Adds {@code delta} units of the product at the location and records why. 422 for a product or
	 * location the shop does not have; 409 when on hand would go below zero or below what active
	 * reservations keep there.
	 */
	@Transactional
	public Adjusted adjust(ProductId id, String sku, LocationCode location, long delta, AdjustmentReason reason, String note,
			String client) {
		Product product = productLines.resolve(id, sku);
		if (locations.existing(List.of(location.value())).isEmpty()) {
			StockRefusals.refuseIfAny(StockRefusals.UNKNOWN_REFERENCE, List.of(UnknownLocation.at("location", location)));
		}
		UUID productId = product.id().value();
		long units = levels.lockOne(productId, location.value());
		Slot slot = new Slot(productId, location.value());
		OnHand onHand = new OnHand(units, claims.reserved(List.of(productId), levels.now(), null).getOrDefault(slot, 0L));
		if (onHand.wouldGoBelowZero(delta)) {
			throw new Problem(StockRefusals.BELOW_ZERO, product.sku() + " has " + units + " units on hand at " + location
					+ "; removing " + -delta + " would leave fewer than none. Remove at most " + units
					+ ", or count the shelf and record what is there (reason 'counted').",
					Map.of("onHand", units, "reserved", onHand.reserved()));
		}
		if (onHand.wouldGoBelowReserved(delta)) {
			throw new Problem(StockRefusals.BELOW_RESERVED, onHand.reserved() + " of the " + units + " units of "
					+ product.sku() + " at " + location + " are reserved by active reservations, so at most "
					+ onHand.available() + " can be removed now. Remove fewer, or wait until reservations end.",
					Map.of("onHand", units, "reserved", onHand.reserved()));
		}
		long after = levels.add(productId, location.value(), delta);
		return new Adjusted(log.append(new NewEntry(Ids.newId(), productId, location.value(), delta, reason, note, after, null,
				client)), product.sku());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StockLevel> of(ProductId id) {
		return productLines.find(id).map(product -> {
			List<AtLocation> at = levels.counted(id.value())
				.stream()
				.map(counted -> new AtLocation(new LocationCode(counted.location()), counted.onHand(), counted.reserved(),
						counted.onHand() - counted.reserved()))
				.toList();
			long onHand = at.stream().mapToLong(AtLocation::onHand).sum();
			long reserved = at.stream().mapToLong(AtLocation::reserved).sum();
			return new StockLevel(id, product.sku(), onHand, reserved, onHand - reserved, at);
		});
	}

	@Transactional(readOnly = true)
	public List<Entry> adjustments(UUID product, String location, long afterSeq, int limit) {
		return log.after(product, location, afterSeq, limit);
	}

	/** An adjustment as recorded, with the SKU of its product. */
	public record Adjusted(Entry entry, String sku) {
	}
}
