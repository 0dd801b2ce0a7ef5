package dev.plaza.lending;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A loan as its borrower is told it was opened: the first installment's due date and amount, in minor units of
 * {@code currency}.
 */
public record OpenedLoan(UUID id, String currency, long principal, int termMonths, LocalDate firstDueDate,
		long firstInstallment) {
}
