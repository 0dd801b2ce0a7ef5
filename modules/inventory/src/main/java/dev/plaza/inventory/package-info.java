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
 */
@ApplicationModule(allowedDependencies = { "platform", "products" })
package dev.plaza.inventory;

import org.springframework.modulith.ApplicationModule;
