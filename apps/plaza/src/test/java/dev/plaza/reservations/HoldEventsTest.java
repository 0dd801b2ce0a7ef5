package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Other modules (orders) learn of holds from events that carry the tenant and everything about the hold. */
@PlazaTest
class HoldEventsTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	RecordedEvents recorded;

	@Test
	void holdingPublishesSeatsHeldAndReleasingPublishesSeatsReleased() {
		HoldCalls holds = HoldCalls.newTenant(plaza);
		UUID showtime = holds.showtime();
		Response created = holds.hold(showtime, "customer-1", "B1", "B2");
		HoldId hold = new HoldId(id(created));

		assertThat(holds.release(hold.value()).status()).isEqualTo(204);

		SeatsHeld held = await().atMost(Duration.ofSeconds(10)).until(() -> only(SeatsHeld.class, hold), e -> e != null);
		assertThat(held.showtimeId().value()).isEqualTo(showtime);
		assertThat(held.seats()).containsExactly("B1", "B2");
		assertThat(held.customer()).isEqualTo("customer-1");
		assertThat(held.expiresAt()).isEqualTo(Instant.parse(created.json().get("expiresAt").asString()));
		assertThat(held.tenant().isPlatform()).isFalse();
		SeatsReleased released = await().atMost(Duration.ofSeconds(10)).until(() -> only(SeatsReleased.class, hold),
				e -> e != null);
		assertThat(released.tenant()).isEqualTo(held.tenant());
		assertThat(released.showtimeId().value()).isEqualTo(showtime);
		assertThat(released.seats()).containsExactly("B1", "B2");
	}

	/** The one event of this type about the hold, or null while there is none yet. */
	<T> T only(Class<T> type, HoldId hold) {
		List<T> about = recorded.reservationEvents().stream().filter(type::isInstance).map(type::cast)
			.filter(event -> hold.equals(event instanceof SeatsHeld h ? h.holdId() : ((SeatsReleased) event).holdId()))
			.toList();
		assertThat(about).hasSizeLessThanOrEqualTo(1);
		return about.isEmpty() ? null : about.getFirst();
	}
}
