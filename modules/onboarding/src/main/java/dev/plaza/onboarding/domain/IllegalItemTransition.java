package dev.plaza.onboarding.domain;

/** A change an item's state does not allow, such as a rejected business becoming provisioned. */
public final class IllegalItemTransition extends RuntimeException {

	IllegalItemTransition(ItemState from, ItemState to) {
		super("A " + from.code() + " item cannot become " + to.code(), null, false, false);
	}
}
