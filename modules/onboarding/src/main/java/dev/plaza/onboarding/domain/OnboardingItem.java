package dev.plaza.onboarding.domain;

import static dev.plaza.onboarding.domain.ItemState.FAILED;
import static dev.plaza.onboarding.domain.ItemState.INVALID;
import static dev.plaza.onboarding.domain.ItemState.PROVISIONED;
import static dev.plaza.onboarding.domain.ItemState.RECEIVED;
import static dev.plaza.onboarding.domain.ItemState.REJECTED;
import static dev.plaza.onboarding.domain.ItemState.VALIDATED;
import static dev.plaza.onboarding.domain.ItemState.VERIFIED;
import static dev.plaza.onboarding.domain.ItemState.VERIFYING;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One business of a job and the rules of its life: {@code received → validated | invalid → verifying
 * → verified | rejected | failed → provisioned}, with the reasons kept. Each step refuses a state it
 * does not follow; telling a settled item the outcome it already has changes nothing, so a worker that
 * repeats a step after a crash does no harm.
 *
 * @param reasons why it is where it is: the failed rules of an invalid item, the warnings of a valid
 *     one, the provider's reasons of a rejected one, the last error of a failed one
 * @param attempts verification attempts spent (a deferral spends none)
 */
public record OnboardingItem(UUID id, ItemState state, List<Reason> reasons, int attempts) {

	public OnboardingItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(state, "state");
		reasons = List.copyOf(reasons);
	}

	public static OnboardingItem received(UUID id) {
		return new OnboardingItem(id, RECEIVED, List.of(), 0);
	}

	/** The item after its checks: invalid when any failure is an error, else validated with the warnings. */
	public OnboardingItem checked(List<Reason> failures) {
		boolean refused = failures.stream().anyMatch(reason -> !reason.warning());
		ItemState next = refused ? INVALID : VALIDATED;
		if (state == next) {
			return this;
		}
		require(RECEIVED, next);
		return new OnboardingItem(id, next, failures, attempts);
	}

	/** A worker asks the provider about it now; again after a deferral or a crash mid-question. */
	public OnboardingItem verifying() {
		if (state == VERIFYING) {
			return this;
		}
		require(VALIDATED, VERIFYING);
		return new OnboardingItem(id, VERIFYING, reasons, attempts);
	}

	/** The item as the provider's verdict leaves it; a deferral keeps it verifying, spending no attempt. */
	public OnboardingItem judged(Verdict verdict) {
		return switch (verdict) {
			case Verdict.Verified verified -> settle(VERIFIED, reasons.stream().filter(Reason::warning).toList());
			case Verdict.Rejected rejected -> settle(REJECTED,
					rejected.reasons().stream().map(reason -> Reason.error("kyb", reason)).toList());
			case Verdict.Failed failed -> settle(FAILED, List.of(Reason.error("kyb", failed.reason())));
			case Verdict.Deferred deferred -> {
				require(VERIFYING, VERIFYING);
				yield this;
			}
		};
	}

	/** When to ask again after a deferral: never sooner than a second, so a zero hint does not spin. */
	public static Duration askAgainAfter(Verdict.Deferred deferred) {
		return deferred.retryAfter().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : deferred.retryAfter();
	}

	private OnboardingItem settle(ItemState outcome, List<Reason> why) {
		if (state == outcome) {
			return this;
		}
		require(VERIFYING, outcome);
		return new OnboardingItem(id, outcome, why, attempts + 1);
	}

	/** Its organization exists, with everything a business gets. */
	public OnboardingItem provisioned() {
		if (state == PROVISIONED) {
			return this;
		}
		require(VERIFIED, PROVISIONED);
		return new OnboardingItem(id, PROVISIONED, reasons, attempts);
	}

	/** Someone asked to try a dead-lettered item again: back to verification, its last error kept. */
	public OnboardingItem retried() {
		require(FAILED, VERIFYING);
		return new OnboardingItem(id, VERIFYING, reasons, attempts);
	}

	private void require(ItemState expected, ItemState next) {
		if (state != expected) {
			throw new IllegalItemTransition(state, next);
		}
	}
}
