/**
 * Reservations: customers hold seats of a showtime for a few minutes, all or nothing, before they
 * buy them. A seat is never held by two holds at once, and a hold stops holding by itself when it
 * expires. Other modules (orders) read holds through {@link dev.plaza.reservations.SeatHolds} and
 * follow them through {@link dev.plaza.reservations.SeatsHeld} and
 * {@link dev.plaza.reservations.SeatsReleased}.
 */
package dev.plaza.reservations;
