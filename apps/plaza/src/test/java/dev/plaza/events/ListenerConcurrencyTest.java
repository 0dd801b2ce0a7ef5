package dev.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Asynchronous listeners run at most {@code plaza.events.listener-concurrency} (8) at once, so that a burst of
 * events cannot take every pooled connection from requests; the rest wait their turn and none is dropped.
 */
@PlazaTest
class ListenerConcurrencyTest {

	private static final int LIMIT = 8;

	@Autowired
	AsyncConfigurer async;

	@Test
	void aBurstRunsEightAtATimeAndEveryListenerRuns() throws InterruptedException {
		Executor listeners = async.getAsyncExecutor();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(3 * LIMIT);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		for (int i = 0; i < 3 * LIMIT; i++) {
			listeners.execute(() -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				done.countDown();
			});
		}
		// Give the queued ones every chance to start if nothing held them back.
		Thread.sleep(500);
		assertThat(running.get()).as("listeners running while the first ones are busy").isEqualTo(LIMIT);

		release.countDown();

		assertThat(done.await(30, TimeUnit.SECONDS)).as("every queued listener ran").isTrue();
		assertThat(mostAtOnce.get()).isEqualTo(LIMIT);
	}
}
