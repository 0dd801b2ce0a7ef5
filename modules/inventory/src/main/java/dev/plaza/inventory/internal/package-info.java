/**
 * Shop stock: locations, units on hand per product and location, adjustments with their reasons
 * (an append-only audit), and reservations that keep units for a customer's cart until they are
 * committed (sold), released or expire. Published as {@link dev.plaza.inventory.StockReservations}
 * and {@link dev.plaza.inventory.StockLevels}.
 *
 * <p>Locking: every decision about a product's stock (reserve, commit, adjust) first locks the
 * product's rows of {@code stock_levels} in (product, location) order, then reads the clock and the
 * active claims. Decisions about one product therefore happen one at a time, in the order of the
 * instants they are made at, and transactions touching several products take their locks in one
 * global order, so they cannot deadlock. Releasing only deletes claims, which can make more
 * available but never less, so it takes no stock lock.
 */
package dev.plaza.inventory.internal;
