package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An expired hold frees its seats for everyone within a second of expiring, with no cleanup job to wait for. */
@PlazaTest
class HoldExpiryTest {

	static final Duration SLACK = Duration.ofSeconds(1);

	@Autowired
	PlazaClient plaza;

	@Test
	void anotherCustomerCanHoldTheSeatsNoLaterThanOneSecondAfterTheHoldExpires() throws InterruptedException {
		HoldCalls holds = HoldCalls.newTenant(plaza);
		assertThat(holds.putSettings("{\"holdTtlSeconds\": 2}").json().get("holdTtlSeconds").asLong()).isEqualTo(2);
		UUID showtime = holds.showtime();
		Response held = holds.hold(showtime, "customer-1", "A2", "A3");
		UUID first = id(held);
		Instant expiresAt = Instant.parse(held.json().get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt)).isLessThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(holds.hold(showtime, "customer-2", "A3").status()).isEqualTo(409);

		Instant shownFree = pollUntil(() -> holds.statuses(showtime).get("A2").equals("free"));
		Instant heldAgain = pollUntil(() -> holds.hold(showtime, "customer-2", "A2", "A3").status() == 201);

		assertThat(shownFree).isBefore(expiresAt.plus(SLACK));
		assertThat(heldAgain).isBefore(expiresAt.plus(SLACK));
		assertThat(holds.hold(first).json().get("status").asString()).isEqualTo("expired");
		assertThat(holds.statuses(showtime)).containsEntry("A2", "held").containsEntry("A3", "held");
	}

	/** Polls every 100 ms for up to 10 s; answers when the condition first held. */
	static Instant pollUntil(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return Instant.now();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Not true within 10 s");
	}
}
