package dev.plaza.platform.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.plaza.platform.NearCacheEvictions;

/** One process: an eviction is this process's alone, and it never misses one. */
final class LocalNearCacheEvictions implements NearCacheEvictions {

	private final Map<String, NearCache> caches = new ConcurrentHashMap<>();

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
}
