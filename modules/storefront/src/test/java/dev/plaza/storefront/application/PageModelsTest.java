package dev.plaza.storefront.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;

class PageModelsTest {

	final PageModels models = new PageModels(new StorefrontProperties("en", 7, Duration.ofHours(6), Duration.ofSeconds(60)),
			NearCacheEvictions.inProcess());

	final TenantId tenant = new TenantId(UUID.randomUUID());

	@Test
	void aModelReadBeforeAChangeIsNotServedAfterTheChangesEviction() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch changed = new CountDownLatch(1);
		CompletableFuture<String> slowLoad = CompletableFuture.supplyAsync(() -> models.get(tenant, "movie", "noche", () -> {
			reading.countDown();
			await(changed);
			return "title before the change";
		}));
		reading.await();

		models.evict(tenant);
		changed.countDown();

		assertThat(slowLoad.get()).isEqualTo("title before the change");
		assertThat(models.<String>get(tenant, "movie", "noche", () -> "title after the change"))
			.isEqualTo("title after the change");
	}

	@Test
	void modelsAreKeptUntilTheirTenantsCatalogChanges() {
		TenantId other = new TenantId(UUID.randomUUID());
		models.get(tenant, "cities", () -> "kept");
		models.get(other, "cities", () -> "evicted");

		models.evict(other);

		assertThat(models.<String>get(tenant, "cities", () -> "reloaded")).isEqualTo("kept");
		assertThat(models.<String>get(other, "cities", () -> "reloaded")).isEqualTo("reloaded");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
