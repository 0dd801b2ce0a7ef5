package dev.plaza.lending.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.lending.domain.PaymentReminder;
import dev.plaza.lending.persistence.CloseOfBusinessRuns;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.Counts;
import dev.plaza.lending.persistence.CloseOfBusinessSteps;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.DueInstallment;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.OverdueInstallment;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes one chunk of a lender's loans for one day in one transaction: every step over the whole
 * chunk, the notices, the run's counts, and the loans' new business date commit together or not at
 * all. That is what makes the close resumable: after a kill the chunk is still at the day before.
 */
@Component
class ChunkClose {

	private final CloseOfBusinessSteps steps;

	private final CloseOfBusinessRuns runs;

	private final LoanNotices notices;

	private final TransactionTemplate transactions;

	ChunkClose(CloseOfBusinessSteps steps, CloseOfBusinessRuns runs, LoanNotices notices,
			PlatformTransactionManager transactionManager) {
		this.steps = steps;
		this.runs = runs;
		this.notices = notices;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Where a worker starts: before every loan id. */
	static final UUID FIRST = new UUID(0, 0);

	/** A chunk closed: its counts (no loans: none was left after {@code last}) and the last loan id it closed. */
	record Closed(Counts counts, UUID last) {
	}

	/**
	 * Closes the next chunk of up to {@code size} loans still at the day before, of ids after {@code after}
	 * (the last of this worker's previous chunk, or {@link #FIRST}).
	 */
	Closed next(TenantId lender, LocalDate day, int size, UUID after) {
		return TenantContext.callAs(lender, () -> transactions.execute(status -> {
			UUID[] loans = steps.claim(lender, day, size, after);
			if (loans.length == 0) {
				return new Closed(Counts.NONE, after);
			}
			List<DueInstallment> due = steps.markDue(loans, day);
			List<OverdueInstallment> overdue = steps.markOverdue(loans, day);
			int delinquent = notices.bucketsChanged(lender, day, steps.advance(loans, day));
			notices.due(due);
			notices.overdue(lender, overdue);
			notices.remind(steps.remindersFor(loans, PaymentReminder.dueDateRemindedOn(day)));
			Counts counts = new Counts(loans.length, due.size(), overdue.size(),
					(int) overdue.stream().filter(installment -> installment.lateFee() > 0).count(), delinquent);
			runs.add(lender, day, counts);
			return new Closed(counts, loans[loans.length - 1]);
		}));
	}

	/** Whether loans of the lender are still at the day before {@code day}, held by some worker. */
	boolean unfinished(TenantId lender, LocalDate day) {
		return inTransaction(lender, () -> steps.unfinished(lender, day));
	}

	<T> T inTransaction(TenantId lender, Supplier<T> work) {
		return TenantContext.callAs(lender, () -> transactions.execute(status -> work.get()));
	}
}
