package dev.plaza.events.application;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Events that came from Kafka and are handed to this process's listeners. They are published like
 * the modules' own, so that the publication registry keeps them until each listener is done, but
 * must not go back to Kafka: that would echo every event forever.
 */
public final class RelayedEvents {

	private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

	private RelayedEvents() {
	}

	/** Publishes in the caller's transaction; the outbound side sees it is relayed and skips it. */
	public static void publish(ApplicationEventPublisher publisher, Object event) {
		RELAYING.set(true);
		try {
			publisher.publishEvent(event);
		}
		finally {
			RELAYING.remove();
		}
	}

	static boolean isRelaying() {
		return RELAYING.get();
	}
}
