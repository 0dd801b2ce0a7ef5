/**
 * Reservations: customers hold seats of a showtime for a few minutes, all or nothing, before they
 * buy them, and keep shop stock in their carts the same way. A seat is never held twice and a unit
 * never promised twice, and a hold or reservation stops counting by itself when it expires.
 *
 * <p>Other modules (orders) read holds through {@link dev.plaza.reservations.SeatHolds} and follow
 * {@link dev.plaza.reservations.SeatsHeld} and {@link dev.plaza.reservations.SeatsReleased}; they
 * reserve, release and commit stock through {@link dev.plaza.reservations.StockReservations}, read
 * it through {@link dev.plaza.reservations.StockLevels}, and follow
 * {@link dev.plaza.reservations.StockReserved}, {@link dev.plaza.reservations.StockReleased} and
 * {@link dev.plaza.reservations.StockCommitted}.
 */
@ApplicationModule(allowedDependencies = { "platform", "catalog" })
package dev.plaza.reservations;

import org.springframework.modulith.ApplicationModule;
