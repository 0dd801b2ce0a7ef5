package dev.plaza.notifications.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that repeat a piece of work: at once while it finds something to do, then
 * every poll interval, or sooner when {@link #wake() woken} (after a commit that queued new work).
 * They start with the application and, on shutdown, finish the item at hand and stop before the
 * database pool closes.
 */
public final class Worker {

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	private final String name;

	private final int threads;

	private final Duration pollInterval;

	private final BooleanSupplier work;

	private final Semaphore signal = new Semaphore(0);

	private final List<Thread> running = new ArrayList<>();

	private volatile boolean stopping;

	/** @param work does one round of work; answers whether it found any (then it runs again at once) */
	public Worker(String name, int threads, Duration pollInterval, BooleanSupplier work) {
		this.name = name;
		this.threads = threads;
		this.pollInterval = pollInterval;
		this.work = work;
	}

	public void wake() {
		if (signal.availablePermits() < threads) {
			signal.release();
		}
	}

	/** True while the application is stopping: work in progress should end after its current item. */
	public boolean stopping() {
		return stopping;
	}

	public synchronized void start() {
		stopping = false;
		for (int i = 0; i < threads; i++) {
			running.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::loop));
		}
	}

	public synchronized void stop() {
		stopping = true;
		signal.release(threads);
		for (Thread thread : running) {
			try {
				thread.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		running.clear();
	}

	public synchronized boolean isRunning() {
		return !running.isEmpty();
	}

	private void loop() {
		while (!stopping) {
			boolean busy = false;
			try {
				busy = work.getAsBoolean();
			}
			catch (RuntimeException ex) {
				log.warn("{} failed; retrying after {}", name, pollInterval, ex);
			}
			if (!busy) {
				try {
					signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}
}
