package dev.plaza.lending.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.ledger.Postings;
import dev.plaza.ledger.Posting;
import dev.plaza.ledger.TransferId;
import dev.plaza.lending.LendingAccounts;
import dev.plaza.lending.LendingAccounts.Movement;
import dev.plaza.lending.LendingAccounts.Role;
import dev.plaza.lending.LoanDelinquent;
import dev.plaza.lending.domain.Delinquency;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.BucketChange;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.DueInstallment;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.OverdueInstallment;
import dev.plaza.lending.persistence.CloseOfBusinessSteps.ReminderDue;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.Emails;
import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a chunk's close of business tells the world, in the chunk's transaction: late fees to the
 * ledger, reminders to borrowers, {@code loan.*} webhooks and {@link LoanDelinquent} to the lender.
 * Each is keyed by loan and installment (or bucket and date), so a chunk closed again after a crash
 * posts, e-mails and publishes nothing twice.
 */
@Component
class LoanNotices {

	static final String INSTALLMENT_DUE = "loan.installment_due";

	static final String OVERDUE = "loan.overdue";

	static final String DELINQUENT = "loan.delinquent";

	/** The ledger applies a linked chain whole; fees go in chains of this many. */
	private static final int POSTINGS_PER_CHAIN = 1000;

	private final Postings postings;

	private final Emails emails;

	private final Webhooks webhooks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	LoanNotices(Postings postings, Emails emails, Webhooks webhooks, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.postings = postings;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.emails = emails;
		this.webhooks = webhooks;
		this.events = events;
	}

	void due(List<DueInstallment> due) {
		webhooks.publishAll(due.stream()
			.map(installment -> new WebhookEvent(INSTALLMENT_DUE,
					INSTALLMENT_DUE + "/" + installment.loan() + "/" + installment.number(),
					new InstallmentDue(installment.loan().toString(), installment.number(), installment.dueDate().toString(),
							installment.owed(), installment.currency())))
			.toList());
	}

	/** Charges the late fees in the ledger (debit fees receivable, credit late fee income) and tells of each overdue installment. */
	void overdue(TenantId lender, List<OverdueInstallment> overdue) {
		List<OverdueInstallment> charged = overdue.stream().filter(installment -> installment.lateFee() > 0).toList();
		Set<String> currencies = charged.stream().map(OverdueInstallment::currency).collect(Collectors.toSet());
		if (!currencies.isEmpty()) {
			// Committed before the fees are posted: the ledger posts in a transaction of its own, which must see them.
			ownTransaction.executeWithoutResult(status -> currencies
				.forEach(currency -> postings.open(LendingAccounts.of(lender, Currency.getInstance(currency)))));
		}
		List<Posting> fees = new ArrayList<>();
		for (OverdueInstallment installment : charged) {
			Currency currency = Currency.getInstance(installment.currency());
			fees.add(new Posting(lateFeeTransfer(installment), LendingAccounts.account(lender, Role.FEES_RECEIVABLE, currency),
					LendingAccounts.account(lender, Role.LATE_FEE_INCOME, currency), new Money(installment.lateFee(), currency),
					Movement.LATE_FEE_CHARGED.code()));
			if (fees.size() == POSTINGS_PER_CHAIN) {
				postings.post(List.copyOf(fees));
				fees.clear();
			}
		}
		if (!fees.isEmpty()) {
			postings.post(fees);
		}
		webhooks.publishAll(overdue.stream()
			.map(installment -> new WebhookEvent(OVERDUE, OVERDUE + "/" + installment.loan() + "/" + installment.number(),
					new InstallmentOverdue(installment.loan().toString(), installment.number(),
							installment.dueDate().toString(), installment.lateFee(), installment.currency())))
			.toList());
	}

	/** Publishes {@link LoanDelinquent} and {@code loan.delinquent} for each loan that entered a worse bucket; answers how many. */
	int bucketsChanged(TenantId lender, LocalDate day, List<BucketChange> changes) {
		List<WebhookEvent> delinquent = new ArrayList<>();
		for (BucketChange change : changes) {
			if (!Delinquency.entered(change.was(), change.now())) {
				continue;
			}
			events.publishEvent(new LoanDelinquent(lender, change.loan(), day, change.daysPastDue(), change.now()));
			delinquent.add(new WebhookEvent(DELINQUENT, DELINQUENT + "/" + change.loan() + "/" + change.now() + "/" + day,
					new LoanBecameDelinquent(change.loan().toString(), day.toString(), change.daysPastDue(), change.now())));
		}
		webhooks.publishAll(delinquent);
		return delinquent.size();
	}

	/** One e-mail per installment reminded of, recorded together: one statement for the chunk. */
	void remind(List<ReminderDue> reminders) {
		emails.sendAll(reminders.stream().map(LoanNotices::reminder).toList());
	}

	private static EmailMessage reminder(ReminderDue reminder) {
		Currency currency = Currency.getInstance(reminder.currency());
		String amount = BigDecimal.valueOf(reminder.owed(), currency.getDefaultFractionDigits()).toPlainString() + " "
				+ currency.getCurrencyCode();
		return EmailMessage.text("loan-reminder/" + reminder.loan() + "/" + reminder.number(), reminder.borrowerEmail(),
				"Your loan installment is due on " + reminder.dueDate(),
				"Dear " + reminder.borrowerName() + ",\n\ninstallment " + reminder.number() + " of your loan, " + amount
						+ ", falls due on " + reminder.dueDate() + ". Please make sure it is paid by then to avoid a late fee.\n");
	}

	/** Derived from loan and installment: charging the same fee again posts nothing. */
	static TransferId lateFeeTransfer(OverdueInstallment installment) {
		String name = "plaza.lending.late-fee:" + installment.loan() + ":" + installment.number();
		return new TransferId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
	}

	/** {@code loan.installment_due}: an installment's date came; {@code amount} is what remains to pay, in minor units. */
	record InstallmentDue(String loanId, int installment, String dueDate, long amount, String currency) {
	}

	/** {@code loan.overdue}: an installment passed its date unpaid; {@code lateFee} is what it was charged, in minor units. */
	record InstallmentOverdue(String loanId, int installment, String dueDate, long lateFee, String currency) {
	}

	/** {@code loan.delinquent}: the loan entered a worse arrears bucket on the business date. */
	record LoanBecameDelinquent(String loanId, String businessDate, int daysPastDue, String bucket) {
	}
}
