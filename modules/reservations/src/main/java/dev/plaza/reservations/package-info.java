/**
 * Reservations: customers hold seats of a showtime for a few minutes, all or nothing, before they
 * buy them. A seat is never held twice, and a hold stops counting by itself when it expires.
 *
 * <p>Other modules (orders) read holds through {@link dev.plaza.reservations.SeatHolds} and follow
 * {@link dev.plaza.reservations.SeatsHeld} and {@link dev.plaza.reservations.SeatsReleased}. Shop
 * stock is the {@code inventory} module's.
 */
@ApplicationModule(allowedDependencies = { "platform", "venues", "rules" })
package dev.plaza.reservations;

import org.springframework.modulith.ApplicationModule;
