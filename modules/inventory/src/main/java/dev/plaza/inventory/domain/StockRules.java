package dev.plaza.inventory.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.inventory.StockLine;
import dev.plaza.platform.FieldError;

/** The rules requests to reserve or adjust stock must satisfy before any stock is looked at. */
public final class StockRules {

	public static final int MAX_QUANTITY = 1_000_000;

	public static final long MAX_DELTA = 1_000_000_000L;

	public static final int MAX_CUSTOMER_LENGTH = 200;

	public static final int MAX_SKU_LENGTH = 64;

	public static final int MAX_NOTE_LENGTH = 500;

	static final Duration MIN_TTL = Duration.ofSeconds(1);

	private StockRules() {
	}

	/** Every rule a reservation request breaks, line by line; empty if it may go ahead. */
	public static List<FieldError> reservation(String customer, List<StockLine> lines, Duration ttl, Duration maxTtl,
			int maxLines) {
		List<FieldError> found = new ArrayList<>();
		if (customer == null || customer.isBlank() || customer.length() > MAX_CUSTOMER_LENGTH) {
			found.add(invalid("customer", "must name whom the stock is kept for (a customer or cart reference), at most "
					+ MAX_CUSTOMER_LENGTH + " characters"));
		}
		if (ttl == null || ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(maxTtl) > 0) {
			found.add(invalid("ttlSeconds", "must be between " + MIN_TTL.toSeconds() + " and " + maxTtl.toSeconds() + " seconds"));
		}
		if (lines == null || lines.isEmpty()) {
			found.add(invalid("lines", "must list at least one product and quantity, such as [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}]"));
			return found;
		}
		if (lines.size() > maxLines) {
			found.add(invalid("lines", "lists " + lines.size() + " lines; one reservation takes at most " + maxLines));
		}
		Map<Object, Integer> firstLineOf = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			line(i, lines.get(i), firstLineOf, found);
		}
		return found;
	}

	private static void line(int index, StockLine line, Map<Object, Integer> firstLineOf, List<FieldError> found) {
		String field = "lines[" + index + "]";
		if (line == null) {
			found.add(invalid(field, "must be a line, not null"));
			return;
		}
		if ((line.product() == null) == (line.sku() == null)) {
			found.add(invalid(field, "must name the product either by productId or by sku, not both or neither"));
		}
		else if (line.sku() != null && (line.sku().isBlank() || line.sku().length() > MAX_SKU_LENGTH)) {
			found.add(invalid(field + ".sku", "must be a SKU of 1 to " + MAX_SKU_LENGTH + " characters"));
		}
		else {
			Object product = line.product() != null ? line.product() : line.sku();
			Integer first = firstLineOf.putIfAbsent(product, index);
			if (first != null) {
				found.add(invalid(field, "names the product of lines[" + first + "] again; put its whole quantity on one line"));
			}
		}
		if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
			found.add(invalid(field + ".quantity", "must be between 1 and " + MAX_QUANTITY));
		}
	}

	/** Every rule a stock adjustment breaks; empty if it may go ahead. */
	public static List<FieldError> adjustment(String reason, Long delta, String note) {
		List<FieldError> found = new ArrayList<>();
		Optional<AdjustmentReason> given = reason == null ? Optional.empty() : AdjustmentReason.givenByStaff(reason);
		if (given.isEmpty()) {
			found.add(invalid("reason", "must be one of " + AdjustmentReason.staffCodes()));
		}
		if (delta == null || delta == 0 || delta < -MAX_DELTA || delta > MAX_DELTA) {
			found.add(invalid("delta", "must be a non-zero number of units between -" + MAX_DELTA + " and " + MAX_DELTA
					+ ": positive adds to on hand, negative removes"));
		}
		else if (given.isPresent() && !given.get().allows(delta)) {
			found.add(invalid("delta", "must be " + given.get().allowedSign() + " for reason '" + reason + "'"));
		}
		if (note != null && note.length() > MAX_NOTE_LENGTH) {
			found.add(invalid("note", "must be at most " + MAX_NOTE_LENGTH + " characters"));
		}
		return found;
	}

	private static FieldError invalid(String field, String message) {
		return new FieldError(field, message);
	}
}
