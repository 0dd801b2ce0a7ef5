package dev.plaza.platform.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.plaza.platform.NearCacheEvictions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evictions published on one Redis channel that every instance subscribes to: each message names
 * the instance it came from, the cache and the key. Pub/sub delivers only to those listening, so
 * while this instance's subscription is down it may miss evictions: every cache is emptied when
 * the subscription drops and again once it is back, and {@link #listening()} tells caches to read
 * the database meanwhile.
 */
final class RedisNearCacheEvictions extends RedisPubSubAdapter<String, String>
		implements NearCacheEvictions, RedisConnectionStateListener, AutoCloseable {

	static final String CHANNEL = "plaza:evictions";

	private static final Logger log = LoggerFactory.getLogger(RedisNearCacheEvictions.class);

	private final String origin = UUID.randomUUID().toString();

	private final Map<String, NearCache> caches = new ConcurrentHashMap<>();

	private final RedisLink redis;

	private final AtomicBoolean publishFailing = new AtomicBoolean();

	/**
	 * Evictions heard from Redis are applied in order on a thread of their own: a Caffeine cache
	 * evicting a key waits for that key's load, which must not hold up Lettuce's I/O thread.
	 */
	private final ExecutorService applying = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("redis-evictions")
		.daemon()
		.factory());

	private volatile boolean listening;

	RedisNearCacheEvictions(RedisLink redis) {
		this.redis = redis;
		redis.subscribe(CHANNEL, this, this);
	}

	@Override
	public void register(String cache, NearCache nearCache) {
		caches.put(cache, nearCache);
	}

	@Override
	public void evict(String cache, String key) {
		evictHere(cache, key);
		byte[] message = String.join("\n", origin, cache, key).getBytes(StandardCharsets.UTF_8);
		redis.commands()
			.ifPresentOrElse(connection -> connection.async()
				.publish(CHANNEL.getBytes(StandardCharsets.UTF_8), message)
				.whenComplete((receivers, failure) -> published(cache, failure)),
					() -> published(cache, new IllegalStateException("not connected")));
	}

	@Override
	public boolean listening() {
		return listening;
	}

	@Override
	public void message(String channel, String message) {
		String[] parts = message.split("\n", 3);
		if (parts.length == 3 && !parts[0].equals(origin)) {
			apply(() -> evictHere(parts[1], parts[2]));
		}
	}

	/** Also after each reconnection: what was kept meanwhile may have missed evictions. */
	@Override
	public void subscribed(String channel, long count) {
		apply(() -> {
			caches.values().forEach(NearCache::evictAll);
			listening = true;
		});
	}

	@Override
	public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
		apply(() -> {
			if (listening) {
				listening = false;
				caches.values().forEach(NearCache::evictAll);
				log.warn("Lost Redis: near caches read the database until evictions from other instances reach this one again");
			}
		});
	}

	/** Before the connections close, so that their closing is not taken for an outage. */
	@Override
	public synchronized void close() {
		applying.shutdownNow();
	}

	private synchronized void apply(Runnable change) {
		if (!applying.isShutdown()) {
			applying.execute(change);
		}
	}

	private void evictHere(String cache, String key) {
		NearCache nearCache = caches.get(cache);
		if (nearCache != null) {
			nearCache.evict(key);
		}
	}

	/** Other instances see an eviction that could not be published once their entry ages out. */
	private void published(String cache, Throwable failure) {
		if (failure == null) {
			if (publishFailing.compareAndSet(true, false)) {
				log.info("Evictions reach the other instances through Redis again");
			}
		}
		else if (publishFailing.compareAndSet(false, true)) {
			log.warn("Could not publish an eviction of {} through Redis ({}); other instances keep their entries until they age out",
					cache, failure.toString());
		}
	}
}
