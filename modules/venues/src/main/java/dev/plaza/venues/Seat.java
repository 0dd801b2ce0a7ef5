package dev.plaza.venues;

/** One seat of a room; a blocked seat is never sold (broken, kept for staff, distancing). */
public record Seat(String label, String row, SeatKind kind, boolean blocked) {
}
