package dev.plaza.inventory.domain;

/**
 * A product's units at one location: how many are there and how many of them active reservations
 * keep. The rest is available. Stock never goes below zero, nor below what is reserved, so no
 * reservation is left promising units that are gone.
 */
public record OnHand(long units, long reserved) {

	public long available() {
		return units - reserved;
	}

	public boolean wouldGoBelowZero(long delta) {
		return units + delta < 0;
	}

	public boolean wouldGoBelowReserved(long delta) {
		return units + delta < reserved;
	}
}
