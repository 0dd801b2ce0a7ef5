package dev.plaza.reservations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadingOutsideLocksTest {

	private final LoadingOutsideLocks<String, String> cache = new LoadingOutsideLocks<>(Caffeine.newBuilder());

	/** A thread per task: the common pool may have a single worker on a small machine. */
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void evictingAKeyDoesNotWaitForItsLoad() throws Exception {
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch evicted = new CountDownLatch(1);
		CompletableFuture<String> loaded = CompletableFuture.supplyAsync(() -> cache.get("map", key -> {
			loading.countDown();
			await(evicted);
			return "before the eviction";
		}), threads);
		assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture.runAsync(() -> cache.invalidate("map"), threads).get(10, TimeUnit.SECONDS);
		evicted.countDown();

		assertThat(loaded.get(10, TimeUnit.SECONDS)).isEqualTo("before the eviction");
		assertThat(cache.get("map", key -> "after the eviction")).as("the overtaken load is not kept")
			.isEqualTo("after the eviction");
	}

	@Test
	void concurrentCallersShareOneLoad() throws Exception {
		AtomicInteger loads = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("map", key -> {
			loads.incrementAndGet();
			await(release);
			return "seats";
		}), threads);
		while (loads.get() == 0) {
			Thread.onSpinWait();
		}
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get("map", key -> {
			loads.incrementAndGet();
			return "another load";
		}), threads);
		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("seats");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("seats");
		assertThat(loads).hasValue(1);
	}

	@Test
	void aFailedLoadIsThrownAsItWasAndNotKept() {
		assertThatThrownBy(() -> cache.get("map", key -> {
			throw new IllegalStateException("showtime not found");
		})).isInstanceOf(IllegalStateException.class).hasMessage("showtime not found");

		assertThat(cache.get("map", key -> "found")).isEqualTo("found");
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new AssertionError("not released within " + Duration.ofSeconds(10));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}
}
