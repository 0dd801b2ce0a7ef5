package dev.plaza.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.plaza.platform.Problem;

/**
 * Keeps shop stock for customers while they shop, and takes it off the shelf when they buy: the
 * published API carts and orders are built on. Every method works on the tenant bound in
 * {@link dev.plaza.platform.TenantContext}, joins the caller's transaction if there is one, and
 * refuses (with a {@link Problem}) before writing anything, so a refusal leaves that transaction
 * usable.
 *
 * <p>No unit is ever promised twice: available = on hand − units of active reservations, decided
 * under a lock on the product's stock rows. A reservation stops counting the instant it expires,
 * without any job having to run.
 */
public interface StockReservations {

	/**
	 * Reserves every line for the customer for {@code ttl}, or nothing.
	 *
	 * @throws InsufficientStock (409) listing every line short of stock, with what is available
	 * @throws Problem 400 for a malformed request (no lines, a quantity below 1, a product named twice,
	 *     a ttl out of bounds), 422 for a product or location the shop does not have
	 */
	StockReservation reserve(String customer, List<StockLine> lines, Duration ttl);

	/** Reserves for the configured default time ({@code plaza.stock.reservation-ttl}, 15 minutes). */
	StockReservation reserve(String customer, List<StockLine> lines);

	/** The reservation with its status as of now, or empty if the tenant has none with this id. */
	Optional<StockReservation> find(StockReservationId id);

	/**
	 * Gives up an active reservation: its units are available again at once. Releasing a released or
	 * expired reservation changes nothing and answers it as it is.
	 *
	 * @throws Problem 404 when there is no such reservation; 409 {@link StockProblems#RESERVATION_COMMITTED}
	 *     when its units were already sold (return them with a stock adjustment instead)
	 */
	StockReservation release(StockReservationId id);

	/**
	 * Sells the reserved units when their order is confirmed: on hand goes down by each line's quantity
	 * exactly once, however often this is called, and the reservation is committed. A reservation
	 * that expired meanwhile is still committed if its units are available yet.
	 *
	 * @throws InsufficientStock (409) when the reservation expired and others took its units since
	 * @throws Problem 404 when there is no such reservation; 409 {@link StockProblems#RESERVATION_RELEASED}
	 *     when it was released
	 */
	StockReservation commit(StockReservationId id);
}
