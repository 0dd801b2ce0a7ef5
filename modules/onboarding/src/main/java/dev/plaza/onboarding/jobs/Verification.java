package dev.plaza.onboarding.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import dev.plaza.onboarding.application.OnboardingProperties;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.OnboardingItem;
import dev.plaza.onboarding.domain.Verdict;
import dev.plaza.onboarding.kyb.KybProvider;
import dev.plaza.onboarding.persistence.ItemRepository;
import dev.plaza.onboarding.persistence.Outcome;
import dev.plaza.onboarding.persistence.StoredItem;
import org.springframework.stereotype.Component;

/**
 * Asks the KYB provider about validated items, a chunk at a time, with at most
 * {@code plaza.onboarding.verification-concurrency} questions in flight across this instance's
 * workers. Each item's id is its request id, so a question repeated after a crash is recognised. A
 * deferral keeps the item {@code verifying} until the provider's hint has passed, spending no attempt.
 */
@Component
class Verification {

	private final ItemRepository items;

	private final KybProvider provider;

	private final OnboardingProperties properties;

	private final Semaphore inFlight;

	private final ExecutorService questions = Executors.newVirtualThreadPerTaskExecutor();

	Verification(ItemRepository items, KybProvider provider, OnboardingProperties properties) {
		this.items = items;
		this.provider = provider;
		this.properties = properties;
		this.inFlight = new Semaphore(properties.verificationConcurrency());
	}

	/** Verifies one chunk; whether there was one. */
	boolean verifyChunk(UUID owner, Scoped scoped) {
		List<StoredItem> claimed = scoped.inTransaction(() -> {
			List<StoredItem> due = items.claim(Set.of(ItemState.VALIDATED, ItemState.VERIFYING), share(), owner,
					properties.lease());
			items.markVerifying(owner, due.stream().map(StoredItem::id).toList());
			return due;
		});
		if (claimed.isEmpty()) {
			return false;
		}
		List<Future<Outcome>> asked = new ArrayList<>(claimed.size());
		for (StoredItem item : claimed) {
			asked.add(questions.submit(() -> ask(item)));
		}
		List<Outcome> outcomes = new ArrayList<>(claimed.size());
		for (Future<Outcome> answer : asked) {
			outcomes.add(await(answer));
		}
		scoped.inTransaction(() -> {
			items.write(owner, outcomes);
			return null;
		});
		return true;
	}

	/**
	 * Each worker claims its share of the questions this instance may have in flight, so no claimed
	 * item waits for a turn while its lease runs and other instances could have asked about it.
	 */
	private int share() {
		return Math.max(1, Math.ceilDiv(properties.verificationConcurrency(), properties.workers()));
	}

	private Outcome ask(StoredItem stored) throws InterruptedException {
		OnboardingItem item = stored.aggregate().verifying();
		Verdict verdict;
		inFlight.acquire();
		try {
			verdict = provider.verify(stored.id().toString(), stored.business());
		}
		finally {
			inFlight.release();
		}
		OnboardingItem judged = item.judged(verdict);
		Instant askAgainAt = verdict instanceof Verdict.Deferred deferred
				? Instant.now().plus(OnboardingItem.askAgainAfter(deferred)) : null;
		return new Outcome(judged, askAgainAt, null, null);
	}

	private static Outcome await(Future<Outcome> answer) {
		try {
			return answer.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while verifying", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Verifying an item failed", ex.getCause());
		}
	}
}
