package dev.plaza.lending.persistence;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.domain.PrepaymentChoice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The card payments charged for the current lender's repayments: one per loan and repayment reference. */
@Repository
public class CardPayments {

	/**
	 * A repayment being paid by card.
	 *
	 * @param payment the payment intent charged for it
	 * @param choice how money beyond the installments payable is applied once it is paid
	 */
	public record CardPayment(UUID payment, LoanId loan, String reference, long amount, PrepaymentChoice choice) {
	}

	private final JdbcClient jdbc;

	CardPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CardPayment card) {
		jdbc.sql("""
				INSERT INTO lending.card_repayments (tenant_id, payment_id, loan_id, reference, amount, prepayment_choice)
				VALUES (platform.current_tenant(), :payment, :loan, :reference, :amount, :choice)""")
			.param("payment", card.payment())
			.param("loan", card.loan().value())
			.param("reference", card.reference())
			.param("amount", card.amount())
			.param("choice", card.choice().code())
			.update();
	}

	public Optional<CardPayment> find(LoanId loan, String reference) {
		return jdbc.sql("SELECT * FROM lending.card_repayments WHERE loan_id = :loan AND reference = :reference")
			.param("loan", loan.value())
			.param("reference", reference)
			.query(CardPayments::card)
			.optional();
	}

	/** The repayment a payment was charged for; empty for payments made for anything else. */
	public Optional<CardPayment> ofPayment(UUID payment) {
		return jdbc.sql("SELECT * FROM lending.card_repayments WHERE payment_id = :payment")
			.param("payment", payment)
			.query(CardPayments::card)
			.optional();
	}

	private static CardPayment card(ResultSet row, int number) throws SQLException {
		return new CardPayment(row.getObject("payment_id", UUID.class), new LoanId(row.getObject("loan_id", UUID.class)),
				row.getString("reference"), row.getLong("amount"),
				PrepaymentChoice.of(row.getString("prepayment_choice")).orElseThrow());
	}
}
