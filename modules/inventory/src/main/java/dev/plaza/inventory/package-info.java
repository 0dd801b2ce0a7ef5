/**
 * Inventory: a shop's stock. Staff keep locations and units on hand per product and location, with
 * every change recorded and its reason; customers' carts keep units for a few minutes until they
 * are bought, released or expire. A unit is never promised twice, and a reservation stops counting
 * by itself when it expires.
 *
 * <p>Other modules (orders) reserve, release and commit stock through
 * {@link dev.plaza.inventory.StockReservations}, read it through {@link dev.plaza.inventory.StockLevels},
 * and follow {@link dev.plaza.inventory.StockReserved}, {@link dev.plaza.inventory.StockReleased} and
 * {@link dev.plaza.inventory.StockCommitted}.
 *
 * <p>Locking: every decision about a product's stock (reserve, commit, adjust) first locks the
 * product's rows of {@code stock_levels} in (product, location) order, then reads the clock and the
 * active claims. Decisions about one product therefore happen one at a time, in the order of the
 * instants they are made at, and transactions touching several products take their locks in one
 * global order, so they cannot deadlock. Releasing only deletes claims, which can make more
 * available but never less, so it takes no stock lock.
 */
@ApplicationModule(allowedDependencies = { "platform", "products" })
package dev.plaza.inventory;

import org.springframework.modulith.ApplicationModule;
