package dev.plaza.storefront.application;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.TenantId;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;

/**
 * What pages are made from, read from the catalog once and kept for hours: the catalog changes
 * seldom, and every change evicts all of its tenant's models ({@link dev.plaza.storefront.jobs.CatalogChanges}) on every
 * instance ({@link NearCacheEvictions}). While other instances' evictions cannot reach this one,
 * models are read anew for every page rather than kept. Rendering stays per request, so times
 * that have passed drop off pages without an eviction.
 */
@Component
public class PageModels {

	private static final String NAME = "storefront.page-models";

	private final CaffeineCache models;

	/**
	 * Each eviction starts a new generation of the tenant's models, and a model is kept under the
	 * generation its load began in: a load that read the catalog before a change committed, and
	 * finished after the change's eviction, lands in the old generation that no one reads any more.
	 */
	private final ConcurrentMap<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();

	private final NearCacheEvictions evictions;

	PageModels(StorefrontProperties properties, NearCacheEvictions evictions) {
		this.models = new CaffeineCache(NAME,
				Caffeine.newBuilder().expireAfterWrite(properties.modelsFor()).maximumSize(20_000).build(), false);
		this.evictions = evictions;
		evictions.register(NAME, new NearCacheEvictions.NearCache() {
			@Override
			public void evict(String tenant) {
				evictHere(new TenantId(UUID.fromString(tenant)));
			}

			@Override
			public void evictAll() {
				generations.keySet().forEach(PageModels.this::evictHere);
			}
		});
	}

	public <T> T get(TenantId tenant, String kind, Supplier<T> load) {
		return get(tenant, kind, "", load);
	}

	/** The model of this kind and detail (such as a city's slug), loaded on a miss. */
	@SuppressWarnings("unchecked")
	public <T> T get(TenantId tenant, String kind, Object detail, Supplier<T> load) {
		if (!evictions.listening()) {
			return load.get();
		}
		return (T) models.get(new Key(tenant, generation(tenant), kind, detail), load::get);
	}

	/** Evicts the tenant's models here and on every other instance. */
	public void evict(TenantId tenant) {
		evictions.evict(NAME, tenant.value().toString());
	}

	private void evictHere(TenantId tenant) {
		long current = generationOf(tenant).incrementAndGet();
		Cache<Object, Object> cache = models.getNativeCache();
		cache.asMap().keySet().removeIf(key -> ((Key) key).tenant().equals(tenant) && ((Key) key).generation() < current);
	}

	/** The tenant's current generation: what is kept under an older one is out of date. */
	public long generation(TenantId tenant) {
		return generationOf(tenant).get();
	}

	private AtomicLong generationOf(TenantId tenant) {
		return generations.computeIfAbsent(tenant, any -> new AtomicLong());
	}

	private record Key(TenantId tenant, long generation, String kind, Object detail) {
	}
}
