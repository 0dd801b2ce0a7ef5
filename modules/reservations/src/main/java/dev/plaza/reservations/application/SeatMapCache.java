package dev.plaza.reservations.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeSeating;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seat maps as served, per tenant and showtime, for at most {@code seatMapMaxAge}: a popular
 * showtime's map is read once per interval however many customers look at it. An entry also ends
 * when its first hold expires, so expiry shows at once, and holds, sales and releases evict it
 * after they commit, here and on every other instance ({@link NearCacheEvictions}), so a customer
 * sees their hold at once. While other instances' evictions cannot reach this one, maps are read
 * from the database on every request. Holds read the room and the seats known to be taken from
 * here too, so that during an on-sale storm most refusals need no database round trip; the
 * database alone decides which holds succeed.
 */
@Component
public class SeatMapCache {

	static final String NAME = "reservations.seat-maps";

	private final LoadingOutsideLocks<Key, Entry> entries;

	private final SeatMaps seatMaps;

	private final JsonMapper json;

	private final NearCacheEvictions evictions;

	SeatMapCache(SeatMaps seatMaps, JsonMapper json, ReservationsProperties properties, NearCacheEvictions evictions) {
		this.seatMaps = seatMaps;
		this.json = json;
		this.evictions = evictions;
		this.entries = new LoadingOutsideLocks<>(
				Caffeine.newBuilder().maximumSize(10_000).expireAfter(untilFirstExpiryOrAtMost(properties.seatMapMaxAge())));
		evictions.register(NAME, new NearCacheEvictions.NearCache() {
			@Override
			public void evict(String key) {
				entries.invalidate(Key.parse(key));
			}

			@Override
			public void evictAll() {
				entries.invalidateAll();
			}
		});
	}

	/** The current tenant's seat map of the showtime, as JSON with its entity tag. */
	public Entry get(ShowtimeId showtime) {
		Key key = new Key(TenantContext.current().orElseThrow(), showtime);
		if (!evictions.listening()) {
			return load(showtime);
		}
		return entries.get(key, any -> load(showtime));
	}

	/** Evicts the showtime's map, on every instance, once the current transaction commits (or now, outside one). */
	void evictAfterCommit(ShowtimeId showtime) {
		Key key = new Key(TenantContext.current().orElseThrow(), showtime);
		AfterCommit.run(() -> evictions.evict(NAME, key.encoded()));
	}

	private Entry load(ShowtimeId showtime) {
		SeatMaps.SeatMap map = seatMaps.read(showtime);
		byte[] body = json.writeValueAsBytes(map.view());
		return new Entry(body, etag(body), map.firstExpiry().orElse(null), map.seating(), map.unavailable());
	}

	private static Expiry<Key, Entry> untilFirstExpiryOrAtMost(Duration maxAge) {
		return Expiry.creating((key, entry) -> {
			if (entry.firstExpiry() == null) {
				return maxAge;
			}
			Duration untilExpiry = Duration.between(Instant.now(), entry.firstExpiry());
			return untilExpiry.isNegative() ? Duration.ZERO : untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
		});
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	record Key(TenantId tenant, ShowtimeId showtime) {

		static Key parse(String key) {
			String[] parts = key.split("/", 2);
			return new Key(new TenantId(UUID.fromString(parts[0])), new ShowtimeId(UUID.fromString(parts[1])));
		}

		/** As other instances read it ({@link #parse}). */
		String encoded() {
			return tenant.value() + "/" + showtime.value();
		}
	}

	public record Entry(byte[] json, String etag, Instant firstExpiry, ShowtimeSeating seating, Set<String> unavailable) {
	}
}
