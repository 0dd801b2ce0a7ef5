package dev.plaza.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.plaza.platform.TenantId;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;

/**
 * A search index of showtime listings, one document per tenant and showtime. Every method takes the
 * tenant explicitly and never answers another tenant's documents. Writes are durable and searchable
 * when they return, so a caller that acknowledges an event after writing never loses a change.
 */
public interface ShowtimeSearch {

	/** Adds the listings, replacing those already indexed with the same ids. */
	void index(TenantId tenant, Collection<ShowtimeListing> listings);

	void remove(TenantId tenant, Collection<ShowtimeId> showtimes);

	SearchResult search(TenantId tenant, ShowtimeQuery query);

	/** The indexed showtimes in the room, so that a change of the room can re-index them. */
	List<ShowtimeId> showtimesInRoom(TenantId tenant, RoomId room);

	/**
	 * Removes the tenant's documents last indexed before the instant: after re-indexing every
	 * listing from the catalog, what was not touched no longer exists there.
	 */
	void removeIndexedBefore(TenantId tenant, Instant instant);

	/** Whether the index is new or of an older layout, and so must be filled from the catalog. */
	boolean needsRebuild();

	/** Records that every tenant's listings were indexed; until then {@link #needsRebuild()} stays true, even across restarts. */
	void rebuilt();
}
