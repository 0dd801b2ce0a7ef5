package dev.plaza.onboarding.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.onboarding.application.OnboardingProperties;
import dev.plaza.onboarding.persistence.JobRepository;
import dev.plaza.platform.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's onboarding workers ({@code plaza.onboarding.workers} threads). Each round a worker
 * provisions, verifies and validates a chunk of whatever is due, claimed with {@code FOR UPDATE SKIP
 * LOCKED} under this instance's owner id for {@code plaza.onboarding.lease}: instances share the work,
 * and the claims of one that died come back when its lease ends. Provisioning goes first so that
 * businesses finish before new ones start. A worker that finds nothing waits a poll interval.
 */
@Component
class OnboardingWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OnboardingWorkers.class);

	private final UUID owner = Ids.newId();

	private final Validation validation;

	private final Verification verification;

	private final Provisioning provisioning;

	private final JobRepository jobs;

	private final Scoped scoped;

	private final OnboardingProperties properties;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean stopping;

	OnboardingWorkers(Validation validation, Verification verification, Provisioning provisioning, JobRepository jobs,
			Scoped scoped, OnboardingProperties properties) {
		this.validation = validation;
		this.verification = verification;
		this.provisioning = provisioning;
		this.jobs = jobs;
		this.scoped = scoped;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		stopping = false;
		for (int i = 0; i < properties.workers(); i++) {
			threads.add(Thread.ofPlatform().daemon().name("onboarding-" + i).start(this::loop));
		}
	}

	@Override
	public synchronized void stop() {
		stopping = true;
		for (Thread thread : threads) {
			thread.interrupt();
		}
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !threads.isEmpty();
	}

	private void loop() {
		while (!stopping) {
			boolean busy = false;
			try {
				busy = round();
			}
			catch (RuntimeException ex) {
				if (!stopping) {
					log.warn("An onboarding round failed; its claims come back after {}", properties.lease(), ex);
				}
			}
			if (!busy) {
				try {
					Thread.sleep(properties.pollInterval());
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	private boolean round() {
		boolean busy = provisioning.provisionChunk(owner, scoped);
		busy |= verification.verifyChunk(owner, scoped);
		busy |= validation.validateChunk(owner, scoped);
		scoped.inTransaction(jobs::completeSettled);
		return busy;
	}
}
