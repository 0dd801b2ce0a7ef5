package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders buy held seats through {@link SeatHolds#sell}: sold seats stay taken for good, whatever happens to the hold. */
@PlazaTest
class SeatSalesTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	SeatHolds seatHolds;

	@Autowired
	RecordedEvents recorded;

	HoldCalls holds;

	UUID showtime;

	@BeforeEach
	void aShowtimeTomorrow() {
		holds = HoldCalls.newTenant(plaza);
		showtime = holds.showtime();
	}

	@Test
	void soldSeatsShowSoldOnceAndStayTakenAfterTheHoldWouldHaveExpired() {
		HoldId hold = new HoldId(id(holds.hold(showtime, "customer-1", "A1", "A2")));

		SeatHold sold = sell(hold);
		SeatHold again = sell(hold);

		assertThat(sold.status()).isEqualTo(HoldStatus.SOLD);
		assertThat(again.status()).isEqualTo(HoldStatus.SOLD);
		assertThat(holds.statuses(showtime)).containsEntry("A1", "sold").containsEntry("A2", "sold").containsEntry("B1", "free");
		assertThat(holds.hold(showtime, "customer-2", "A2").status()).isEqualTo(409);
		TenantContext.runAs(holds.catalog.tenant, () -> seatHolds.release(hold));
		assertThat(holds.statuses(showtime)).containsEntry("A1", "sold");
		await().atMost(Duration.ofSeconds(10)).until(() -> soldEvents(hold).size() == 1);
		assertThat(soldEvents(hold).getFirst().seats()).containsExactly("A1", "A2");
	}

	@Test
	void aReleasedHoldCannotBeSold() {
		HoldId hold = new HoldId(id(holds.hold(showtime, "customer-1", "A3")));
		holds.release(hold.value());

		assertThatThrownBy(() -> sell(hold)).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.type().slug()).isEqualTo("hold-released"));
		assertThat(holds.statuses(showtime)).containsEntry("A3", "free");
	}

	@Test
	void anExpiredHoldIsSoldIfItsSeatsAreStillFreeButNotIfSomeoneTookThem() throws InterruptedException {
		assertThat(holds.putSettings("{\"holdTtlSeconds\": 1}").status()).isEqualTo(200);
		HoldId stillFree = new HoldId(id(holds.hold(showtime, "customer-1", "A1")));
		HoldId overtaken = new HoldId(id(holds.hold(showtime, "customer-2", "B1", "B2")));
		Thread.sleep(1_500);
		id(holds.hold(showtime, "customer-3", "B2"));

		assertThat(sell(stillFree).seats()).containsExactly("A1");
		assertThatThrownBy(() -> sell(overtaken)).isInstanceOfSatisfying(Problem.class, problem -> {
			assertThat(problem.type().slug()).isEqualTo("seats-unavailable");
			assertThat(problem.getMessage()).contains("B2");
		});
		assertThat(holds.statuses(showtime)).containsEntry("A1", "sold").containsEntry("B1", "free")
			.containsEntry("B2", "held");
	}

	@Test
	void anUnknownHoldIs404() {
		assertThatThrownBy(() -> sell(new HoldId(UUID.randomUUID()))).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.type().status()).isEqualTo(404));
	}

	private SeatHold sell(HoldId hold) {
		return TenantContext.callAs(holds.catalog.tenant, () -> seatHolds.sell(hold));
	}

	private List<SeatsSold> soldEvents(HoldId hold) {
		return recorded.reservationEvents().stream()
			.filter(SeatsSold.class::isInstance)
			.map(SeatsSold.class::cast)
			.filter(event -> event.holdId().equals(hold))
			.toList();
	}
}
