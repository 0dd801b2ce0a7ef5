package dev.plaza.reservations;

import java.util.Optional;

import dev.plaza.platform.Problem;

/**
 * The current tenant's seat holds for other modules, such as orders buying held seats. Every
 * method joins the caller's transaction if there is one.
 */
public interface SeatHolds {

	/** The hold with its status as of now, or empty if the tenant has no such hold. */
	Optional<SeatHold> find(HoldId id);

	/**
	 * Sells the hold's seats when its order is confirmed; selling it again changes nothing. A hold
	 * that expired meanwhile is still sold if none of its seats was taken since.
	 *
	 * @throws Problem 404 when there is no such hold; 409 {@code hold-released} when it was released;
	 *     409 {@code seats-unavailable} listing the seats others took after it expired (nothing is
	 *     sold, and the caller's transaction is marked for rollback)
	 */
	SeatHold sell(HoldId id);

	/**
	 * Gives up the hold if it is active; its seats are free at once. A released, expired or sold hold
	 * is left as it is.
	 *
	 * @throws Problem 404 when there is no such hold
	 */
	void release(HoldId id);
}
