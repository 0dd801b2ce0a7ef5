package dev.plaza.reservations;

import java.util.Optional;

/** Reads the current tenant's seat holds for other modules, such as orders buying held seats. */
public interface SeatHolds {

	/** The hold with its status as of now, or empty if the tenant has no such hold. */
	Optional<SeatHold> find(HoldId id);
}
