package dev.plaza.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.plaza.reservations.domain.Violation.Rule;
import org.junit.jupiter.api.Test;

class SeatRequestTest {

	static final Set<String> ROOM = Set.of("A1", "A2", "A3", "B1");

	@Test
	void seatsOfTheRoomForANamedCustomerMayBeHeld() {
		assertThat(SeatRequest.check(List.of("A1", "B1"), "customer-1", ROOM, 10)).isEmpty();
	}

	@Test
	void anEmptySeatListIsRefused() {
		assertThat(rules(SeatRequest.check(List.of(), "customer-1", ROOM, 10))).containsExactly(Rule.INVALID);
		assertThat(rules(SeatRequest.check(null, "customer-1", ROOM, 10))).containsExactly(Rule.INVALID);
	}

	@Test
	void aMissingOrBlankCustomerIsRefused() {
		assertThat(SeatRequest.check(List.of("A1"), null, ROOM, 10)).extracting(Violation::field).containsExactly("customer");
		assertThat(SeatRequest.check(List.of("A1"), " ", ROOM, 10)).extracting(Violation::field).containsExactly("customer");
		assertThat(SeatRequest.check(List.of("A1"), "c".repeat(201), ROOM, 10)).hasSize(1);
	}

	@Test
	void theSameSeatTwiceIsRefusedNamingIt() {
		List<Violation> found = SeatRequest.check(List.of("A1", "A2", "A1"), "customer-1", ROOM, 10);

		assertThat(rules(found)).containsExactly(Rule.INVALID);
		assertThat(found.getFirst().message()).contains("[A1]");
	}

	@Test
	void blankOrNullLabelsAreRefused() {
		assertThat(rules(SeatRequest.check(Arrays.asList("A1", null), "customer-1", ROOM, 10))).containsExactly(Rule.INVALID);
		assertThat(rules(SeatRequest.check(List.of(""), "customer-1", ROOM, 10))).contains(Rule.INVALID);
	}

	@Test
	void moreSeatsThanOneHoldMayTakeAreRefused() {
		assertThat(rules(SeatRequest.check(List.of("A1", "A2", "A3"), "customer-1", ROOM, 2))).containsExactly(Rule.TOO_MANY_SEATS);
		assertThat(SeatRequest.check(List.of("A1", "A2"), "customer-1", ROOM, 2)).isEmpty();
	}

	@Test
	void seatsTheRoomDoesNotHaveAreRefusedNamingThem() {
		List<Violation> found = SeatRequest.check(List.of("A1", "Z9", "Q1"), "customer-1", ROOM, 10);

		assertThat(rules(found)).containsExactly(Rule.UNKNOWN_SEAT);
		assertThat(found.getFirst().message()).contains("[Z9, Q1]");
	}

	@Test
	void malformedRequestsAreReportedBeforeUnknownSeats() {
		assertThat(rules(SeatRequest.check(List.of("Z9"), null, ROOM, 10))).containsExactly(Rule.INVALID, Rule.UNKNOWN_SEAT);
	}

	static List<Rule> rules(List<Violation> violations) {
		return violations.stream().map(Violation::rule).toList();
	}
}
