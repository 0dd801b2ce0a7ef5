package dev.plaza.payments.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.PaymentStatus;
import dev.plaza.payments.domain.Payment;
import dev.plaza.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's payment intents. */
@Repository
public class PaymentRepository {

	private static final String COLUMNS = """
			id, reference, amount, currency, status, payment_method, charge_id, failure_code, refunded_amount,
			refunding_amount, created_at""";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new payment; answers when it was created. */
	public Instant insert(Payment payment) {
		return jdbc.sql("""
				INSERT INTO payments.intents (tenant_id, id, reference, amount, currency, status)
				VALUES (platform.current_tenant(), :id, :reference, :amount, :currency, :status)
				RETURNING created_at""")
			.param("id", payment.id().value())
			.param("reference", payment.reference().value())
			.param("amount", payment.amount().amount())
			.param("currency", payment.amount().currency().getCurrencyCode())
			.param("status", payment.status().code())
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	public Optional<Stored> find(PaymentId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payments.intents WHERE id = :id")
			.param("id", id.value())
			.query(PaymentRepository::stored)
			.optional();
	}

	/** Reads the payment and keeps anyone else from changing it until this transaction ends. */
	public Optional<Stored> lock(PaymentId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payments.intents WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(PaymentRepository::stored)
			.optional();
	}

	/**
	 * Writes the payment's new state. A final payment needs no more verification; one that now awaits
	 * the processor is asked about after {@code verifyIn} (null keeps the time already set).
	 */
	public void save(Payment payment, Duration verifyIn) {
		jdbc.sql("""
				UPDATE payments.intents
				SET status = :status, payment_method = :method, charge_id = :charge, failure_code = :failure,
				    refunded_amount = :refunded, refunding_amount = :refunding, updated_at = now(),
				    verify_after = CASE WHEN :final THEN NULL
				                        WHEN CAST(:verifyIn AS double precision) IS NULL THEN verify_after
				                        ELSE now() + make_interval(secs => :verifyIn) END
				WHERE id = :id""")
			.param("id", payment.id().value())
			.param("status", payment.status().code())
			.param("method", payment.paymentMethod() == null ? null : payment.paymentMethod().token())
			.param("charge", payment.chargeId())
			.param("failure", payment.failureCode())
			.param("refunded", payment.refunded().amount())
			.param("refunding", payment.refunding().amount())
			.param("final", payment.status().isFinal())
			.param("verifyIn", verifyIn == null ? null : verifyIn.toMillis() / 1000.0, Types.DOUBLE)
			.update();
	}

	/** The processor left the payment unsettled once more: ask again after {@code wait}. */
	public void verifyAgainIn(PaymentId id, Duration wait) {
		jdbc.sql("""
				UPDATE payments.intents SET verify_attempts = verify_attempts + 1, verify_after = now() + make_interval(secs => :wait)
				WHERE id = :id AND status IN ('processing', 'pending')""")
			.param("id", id.value())
			.param("wait", wait.toMillis() / 1000.0)
			.update();
	}

	/** Across tenants: payments due for a question, claimed for {@code lease} (see the migration). */
	public List<Due> claimToVerify(int max, Duration lease) {
		return jdbc.sql("SELECT * FROM payments.claim_payments_to_verify(:max, :lease)")
			.param("max", max)
			.param("lease", lease.toMillis() / 1000.0)
			.query(Due::of)
			.list();
	}

	/** A payment as stored, with when it was created. */
	public record Stored(Payment payment, Instant createdAt) {

		public PaymentIntent intent() {
			return new PaymentIntent(payment.id(), payment.reference(), payment.amount(), payment.status(),
					payment.paymentMethod(), payment.failureCode(), payment.refunded(), createdAt);
		}
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		String method = rs.getString("payment_method");
		Payment payment = new Payment(new PaymentId(rs.getObject("id", UUID.class)), new PaymentReference(rs.getString("reference")),
				new Money(rs.getLong("amount"), currency), PaymentStatus.ofCode(rs.getString("status")),
				method == null ? null : new PaymentMethod(method), rs.getString("charge_id"), rs.getString("failure_code"),
				new Money(rs.getLong("refunded_amount"), currency), new Money(rs.getLong("refunding_amount"), currency));
		return new Stored(payment, rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
