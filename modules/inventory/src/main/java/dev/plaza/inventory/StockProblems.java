package dev.plaza.inventory;

import dev.plaza.platform.ProblemType;

/**
 * The stock refusals callers of {@link StockReservations} may want to tell apart, by
 * {@link dev.plaza.platform.Problem#type()}.
 */
public final class StockProblems {

	public static final ProblemType INSUFFICIENT_STOCK = new ProblemType("insufficient-stock", "Insufficient stock", 409);

	public static final ProblemType RESERVATION_RELEASED = new ProblemType("stock-reservation-released",
			"Stock reservation released", 409);

	public static final ProblemType RESERVATION_COMMITTED = new ProblemType("stock-reservation-committed",
			"Stock reservation committed", 409);

	private StockProblems() {
	}
}
