package dev.plaza.lending.application;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.LoanRepaying.Received;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanRepayment;
import dev.plaza.lending.domain.Payoff;
import dev.plaza.lending.domain.PrepaymentChoice;
import dev.plaza.lending.persistence.CardPayments;
import dev.plaza.lending.persistence.CardPayments.CardPayment;
import dev.plaza.lending.persistence.Loans;
import dev.plaza.lending.persistence.Repayments;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repayments paid by card through the payments module. The loan's payment intent is created with the
 * repayment's reference (one per loan and reference: asking again never charges twice), charged outside
 * any transaction, and once it succeeds — now, or later when the processor tells — the repayment is applied
 * exactly as a recorded one paid that day ({@link LoanRepaying}, once per reference) and the payment is
 * settled in the ledger ({@link CardSettlement}). A declined card applies nothing.
 */
@Service
public class CardRepayments {

	private static final Logger log = LoggerFactory.getLogger(CardRepayments.class);

	private final Loans loans;

	private final Repayments repayments;

	private final CardPayments cards;

	private final PaymentIntents payments;

	private final LoanRepaying repaying;

	private final CardSettlement settlement;

	private final TransactionTemplate transactions;

	CardRepayments(Loans loans, Repayments repayments, CardPayments cards, PaymentIntents payments,
			LoanRepaying repaying, CardSettlement settlement, PlatformTransactionManager transactionManager) {
		this.loans = loans;
		this.repayments = repayments;
		this.cards = cards;
		this.payments = payments;
		this.repaying = repaying;
		this.settlement = settlement;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Where a card repayment stands.
	 *
	 * @param received the repayment as applied; null while the payment is pending
	 * @param created whether this call created the card payment (false: the reference's earlier one)
	 */
	public record Charged(PaymentIntent payment, Received received, boolean created) {
	}

	/**
	 * Charges the card for the repayment and, once charged, applies it paid today. Call it outside any
	 * transaction.
	 *
	 * @throws Problem 402 {@code card-declined} when the processor refuses the card; the problems of
	 *     {@link LoanRepaying#repay} for the loan, the amount and the reference, before anything is charged
	 */
	public Charged repay(LoanId id, long amount, String reference, PaymentMethod method, PrepaymentChoice choice) {
		Started started = transactions.execute(status -> start(id, amount, reference, choice));
		PaymentIntent payment = payments.confirm(new PaymentId(started.card().payment()), method);
		return switch (payment.status()) {
			case SUCCEEDED -> new Charged(payment, apply(started.card(), payment.amount(), Instant.now()), started.created());
			case FAILED -> throw new Problem(CardRepaymentProblems.CARD_DECLINED, "The card was declined ("
					+ payment.failureCode() + "): nothing was charged and nothing applied to loan " + id
					+ ". Pay with another card under a new reference, or record the payment another way.",
					declined(payment));
			case REQUIRES_PAYMENT, PROCESSING, PENDING -> new Charged(payment, null, started.created());
		};
	}

	/**
	 * The payment of a card repayment succeeded (told by the payments module): the repayment is applied,
	 * once however often this is told. Payments charged for anything else are not ours.
	 */
	public void succeeded(PaymentId payment, Money paid, Instant succeededAt) {
		CardPayment card = transactions.execute(status -> cards.ofPayment(payment.value())).orElse(null);
		if (card == null) {
			return;
		}
		try {
			apply(card, paid, succeededAt);
		}
		catch (Problem refunded) {
			// Refunded and logged by apply: telling it again would not change that.
		}
	}

	private record Started(CardPayment card, boolean created) {
	}

	private Started start(LoanId id, long amount, String reference, PrepaymentChoice choice) {
		Loan loan = loans.lock(id).orElseThrow(() -> Problem.notFound("loan", id));
		Optional<CardPayment> earlier = cards.find(id, reference);
		if (earlier.isPresent()) {
			if (earlier.get().amount() != amount) {
				throw reused(loan, reference, earlier.get().amount(), Map.of("paymentId", earlier.get().payment()));
			}
			return new Started(earlier.get(), false);
		}
		repayments.find(id, reference).ifPresent(recorded -> {
			throw reused(loan, reference, recorded.amount(), Map.of("repaymentId", recorded.id()));
		});
		refuseWhatCannotBeApplied(loan, amount);
		PaymentIntent payment = payments.create(new PaymentReference(reference), new Money(amount, loan.currency()));
		CardPayment card = new CardPayment(payment.id().value(), id, reference, amount, choice);
		cards.insert(card);
		return new Started(card, true);
	}

	/** What {@link LoanRepaying} would refuse today is refused before the card is charged. */
	private void refuseWhatCannotBeApplied(Loan loan, long amount) {
		if (loan.closed()) {
			throw new Problem(LoanProblems.LOAN_CLOSED,
					"Loan " + loan.id() + " is paid off and closed; it takes no more repayments.");
		}
		LocalDate today = loan.today(Instant.now());
		LoanRepaying.refuseBeforeDisbursement(loan, today, "today");
		Payoff payoff = LoanRepayment.payoff(loan, loans.openInstallments(loan.id()), today);
		if (amount > payoff.amount()) {
			throw new Problem(LoanProblems.REPAYMENT_EXCEEDS_PAYOFF, "Loan " + loan.id() + " is paid off today (" + today
					+ ") with " + new Money(payoff.amount(), loan.currency()) + " (" + payoff.amount()
					+ " minor units); charge at most that amount.", Map.of("payoff", payoff.amount(), "date", today.toString()));
		}
	}

	/**
	 * Applies the paid repayment and settles its payment. Should the loan no longer take it (another
	 * repayment paid it off while the card was charged), the payment is given back in full instead.
	 */
	private Received apply(CardPayment card, Money paid, Instant paidAt) {
		PaymentId payment = new PaymentId(card.payment());
		Received received;
		try {
			received = repaying.repay(card.loan(), card.amount(), paidAt, card.reference(), card.choice());
		}
		catch (Problem refused) {
			log.warn("Card payment {} for loan {} could not be applied ({}); refunding it", payment, card.loan(),
					refused.getMessage());
			payments.refund(payment, null, new RefundId(nameBased("plaza.lending.card-refund:" + payment.value())));
			throw refused;
		}
		settlement.paid(payment, paid);
		return received;
	}

	private static Problem reused(Loan loan, String reference, long amount, Map<String, Object> earlier) {
		return new Problem(LoanProblems.REPAYMENT_REFERENCE_REUSED, "Reference '" + reference + "' is a repayment of "
				+ new Money(amount, loan.currency()) + " on loan " + loan.id() + " already. Send a new reference for "
				+ "another repayment, or the same amount and card to read that one.", earlier);
	}

	private static Map<String, Object> declined(PaymentIntent payment) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("paymentId", payment.id().value());
		if (payment.failureCode() != null) {
			properties.put("failureCode", payment.failureCode());
		}
		return properties;
	}

	private static UUID nameBased(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
