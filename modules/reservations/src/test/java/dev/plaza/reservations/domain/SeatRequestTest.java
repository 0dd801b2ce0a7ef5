package dev.plaza.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class SeatRequestTest {

	static final Set<String> ROOM = Set.of("A1", "A2", "A3", "B1");

	@Test
	void seatsOfTheRoomForANamedCustomerMayBeHeld() {
		assertThat(SeatRequest.check(List.of("A1", "B1"), "customer-1", ROOM, 10)).isEmpty();
	}

	@Test
	void anEmptySeatListIsRefused() {
		assertThat(rules(SeatRequest.check(List.of(), "customer-1", ROOM, 10))).containsExactly(FieldError.INVALID);
		assertThat(rules(SeatRequest.check(null, "customer-1", ROOM, 10))).containsExactly(FieldError.INVALID);
	}

	@Test
	void aMissingOrBlankCustomerIsRefused() {
		assertThat(SeatRequest.check(List.of("A1"), null, ROOM, 10)).extracting(FieldError::field).containsExactly("customer");
		assertThat(SeatRequest.check(List.of("A1"), " ", ROOM, 10)).extracting(FieldError::field).containsExactly("customer");
		assertThat(SeatRequest.check(List.of("A1"), "c".repeat(201), ROOM, 10)).hasSize(1);
	}

	@Test
	void theSameSeatTwiceIsRefusedNamingIt() {
		List<FieldError> found = SeatRequest.check(List.of("A1", "A2", "A1"), "customer-1", ROOM, 10);

		assertThat(rules(found)).containsExactly(FieldError.INVALID);
		assertThat(found.getFirst().reason()).contains("[A1]");
	}

	@Test
	void blankOrNullLabelsAreRefused() {
		assertThat(rules(SeatRequest.check(Arrays.asList("A1", null), "customer-1", ROOM, 10))).containsExactly(FieldError.INVALID);
		assertThat(rules(SeatRequest.check(List.of(""), "customer-1", ROOM, 10))).contains(FieldError.INVALID);
	}

	@Test
	void moreSeatsThanOneHoldMayTakeAreRefused() {
		assertThat(rules(SeatRequest.check(List.of("A1", "A2", "A3"), "customer-1", ROOM, 2))).containsExactly(SeatRule.TOO_MANY_SEATS);
		assertThat(SeatRequest.check(List.of("A1", "A2"), "customer-1", ROOM, 2)).isEmpty();
	}

	@Test
	void seatsTheRoomDoesNotHaveAreRefusedNamingThem() {
		List<FieldError> found = SeatRequest.check(List.of("A1", "Z9", "Q1"), "customer-1", ROOM, 10);

		assertThat(rules(found)).containsExactly(SeatRule.UNKNOWN_SEAT);
		assertThat(found.getFirst().reason()).contains("[Z9, Q1]");
	}

	@Test
	void malformedRequestsAreReportedBeforeUnknownSeats() {
		assertThat(rules(SeatRequest.check(List.of("Z9"), null, ROOM, 10))).containsExactly(FieldError.INVALID, SeatRule.UNKNOWN_SEAT);
	}

	static List<FieldError.Rule> rules(List<FieldError> violations) {
		return violations.stream().map(FieldError::rule).toList();
	}
}
