package dev.plaza.lending.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.plaza.lending.application.DecisionProperties;
import dev.plaza.lending.application.Decisions;
import dev.plaza.lending.persistence.DecisionCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Decides lenders' copies as they arrive. One thread claims as many due copies as this instance has
 * room for ({@code plaza.lending.decisions.concurrency}), each decided on a virtual thread of its own:
 * a decision mostly waits for the bureau, so many wait at once. Claims carry a lease: instances share
 * the work, and the copies of one that died come back when their lease ends. An idle claimer looks
 * again every poll interval (50 ms), so a new application waits little for its decision.
 */
@Component
class DecisionWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DecisionWorkers.class);

	private final Decisions decisions;

	private final DecisionProperties properties;

	private final Semaphore room;

	private ExecutorService deciding;

	private Thread claimer;

	private volatile boolean stopping;

	DecisionWorkers(Decisions decisions, DecisionProperties properties) {
		this.decisions = decisions;
		this.properties = properties;
		this.room = new Semaphore(properties.concurrency());
	}

	@Override
	public synchronized void start() {
		stopping = false;
		deciding = Executors.newVirtualThreadPerTaskExecutor();
		claimer = Thread.ofPlatform().daemon().name("lending-decisions").start(this::loop);
	}

	@Override
	public synchronized void stop() {
		stopping = true;
		claimer.interrupt();
		try {
			claimer.join(Duration.ofSeconds(10));
			deciding.shutdown();
			deciding.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		claimer = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return claimer != null;
	}

	private void loop() {
		while (!stopping) {
			try {
				if (claimRound() == 0) {
					Thread.sleep(properties.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (!stopping) {
					log.warn("Claiming copies to decide failed; trying again", ex);
					sleepQuietly();
				}
			}
		}
	}

	/** Claims what there is room for and hands each copy to a virtual thread; how many it claimed. */
	private int claimRound() throws InterruptedException {
		room.acquire();
		int free = 1 + room.drainPermits();
		List<DecisionCopy> claimed;
		try {
			claimed = decisions.claim(free);
		}
		finally {
			room.release(free);
		}
		for (DecisionCopy copy : claimed) {
			room.acquire();
			deciding.submit(() -> decide(copy));
		}
		return claimed.size();
	}

	private void decide(DecisionCopy copy) {
		try {
			decisions.decide(copy);
		}
		catch (RuntimeException ex) {
			log.warn("Deciding copy {} failed; it comes back when its lease ends", copy.id(), ex);
		}
		finally {
			room.release();
		}
	}

	/** After a failure (the database out of reach, say), a second's pause rather than a tight loop of warnings. */
	private void sleepQuietly() {
		try {
			Thread.sleep(Duration.ofSeconds(1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
