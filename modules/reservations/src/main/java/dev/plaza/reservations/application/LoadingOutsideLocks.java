package dev.plaza.reservations.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A cache whose loads run in the caller's thread outside every lock of the cache, so evicting a
 * key never waits for its load. A synchronous Caffeine cache loads inside the key's lock, and here
 * loads read the database: a load waiting for a pooled connection while the threads holding all
 * connections wait to evict, after their commits, the key it locks, would never end. Callers asking
 * for a key being loaded wait for that load; a load overtaken by an eviction answers its waiters
 * but is not kept.
 */
public final class LoadingOutsideLocks<K, V> {

	private final AsyncCache<K, V> entries;

	public LoadingOutsideLocks(Caffeine<? super K, ? super V> builder) {
		this.entries = builder.buildAsync();
	}

	public V get(K key, Function<K, V> load) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> future = entries.get(key, (k, executor) -> mine);
		if (future == mine) {
			try {
				mine.complete(load.apply(key));
			}
			catch (RuntimeException ex) {
				mine.completeExceptionally(ex);
			}
		}
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	public void invalidate(K key) {
		entries.asMap().remove(key);
	}

	/** Like {@link #invalidate} for every key: loads under way answer their callers but are not kept. */
	public void invalidateAll() {
		entries.asMap().clear();
	}
}
