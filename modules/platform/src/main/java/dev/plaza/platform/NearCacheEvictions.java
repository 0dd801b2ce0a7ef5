package dev.plaza.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the caches each instance holds in its own memory (near caches) true to the database when
 * Plaza runs as several instances. An eviction reaches this instance's cache at once and, with
 * Redis configured ({@code plaza.redis.url}), every other instance's within moments, through
 * Redis pub/sub. A cache is registered under a name every instance uses for it.
 *
 * <p>Evictions from other instances can be missed while Redis is unreachable: {@link #listening()}
 * says so, each registered cache is emptied when that starts and again when it ends, and caches
 * whose entries live longer than their readers may wait should read the database meanwhile.
 */
public interface NearCacheEvictions {

	/** Registers this instance's cache: evictions of its name from any instance reach it. */
	void register(String cache, NearCache nearCache);

	/** Evicts the key from the named cache here, now, and on every other instance. */
	void evict(String cache, String key);

	/** Whether evictions made by other instances reach this one now (always, in one process). */
	boolean listening();

	/** For one process: an eviction is this process's alone, and none is ever missed. */
	static NearCacheEvictions inProcess() {
		Map<String, NearCache> caches = new ConcurrentHashMap<>();
		return new NearCacheEvictions() {

			@Override
			public void register(String cache, NearCache nearCache) {
				caches.put(cache, nearCache);
			}

			@Override
			public void evict(String cache, String key) {
				NearCache nearCache = caches.get(cache);
				if (nearCache != null) {
					nearCache.evict(key);
				}
			}

			@Override
			public boolean listening() {
				return true;
			}
		};
	}

	/** A cache in this instance's memory. */
	interface NearCache {

		void evict(String key);

		void evictAll();
	}
}
