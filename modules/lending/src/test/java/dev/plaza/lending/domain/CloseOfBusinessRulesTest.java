package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CloseOfBusinessRulesTest {

	@Test
	void aLoanBecomesDelinquentWhenItEntersAWorseBucket() {
		assertThat(Delinquency.entered("current", "1-30")).isTrue();
		assertThat(Delinquency.entered("1-30", "31-60")).isTrue();
		assertThat(Delinquency.entered("61-90", "90+")).isTrue();
	}

	@Test
	void stayingInABucketOrBeingCuredIsNotDelinquency() {
		assertThat(Delinquency.entered("1-30", "1-30")).isFalse();
		assertThat(Delinquency.entered("31-60", "current")).isFalse();
		assertThat(Delinquency.entered("90+", "61-90")).isFalse();
	}

	@Test
	void anUnknownBucketIsRefused() {
		assertThatThrownBy(() -> Delinquency.entered("current", "120+")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("120+");
	}

	@Test
	void theCloseOfADayRemindsOfInstallmentsDueThreeDaysLater() {
		assertThat(PaymentReminder.dueDateRemindedOn(LocalDate.of(2027, 2, 26))).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void daysAreClosedOneAtATimeFromTheDayAfterTheEarliestBusinessDate() {
		assertThat(BusinessDays.toClose(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 2))).containsExactly(
				LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
	}

	@Test
	void aDateTheLoansReachedIsNothingToClose() {
		assertThat(BusinessDays.toClose(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))).isEmpty();
		assertThat(BusinessDays.toClose(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void noMoreThanTenYearsAreClosedAtOnce() {
		LocalDate loansAt = LocalDate.of(2027, 3, 1);
		assertThat(BusinessDays.toClose(loansAt, loansAt.plusDays(BusinessDays.MAX_DAYS))).hasSize(BusinessDays.MAX_DAYS);
		assertThatThrownBy(() -> BusinessDays.toClose(loansAt, loansAt.plusDays(BusinessDays.MAX_DAYS + 1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("up to " + loansAt.plusDays(BusinessDays.MAX_DAYS));
	}
}
