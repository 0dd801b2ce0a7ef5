package dev.plaza.payments.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.payments.PaymentId;
import dev.plaza.payments.Refund;
import dev.plaza.payments.RefundId;
import dev.plaza.payments.RefundStatus;
import dev.plaza.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's refunds. */
@Repository
public class RefundRepository {

	private static final String COLUMNS = "id, payment_id, amount, currency, status, created_at";

	private final JdbcClient jdbc;

	RefundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new pending refund, to be asked about after {@code verifyIn} unless settled before. */
	public Refund insert(RefundId id, PaymentId payment, Money amount, Duration verifyIn) {
		return jdbc.sql("""
				INSERT INTO payments.refunds (tenant_id, id, payment_id, amount, currency, status, verify_after)
				VALUES (platform.current_tenant(), :id, :payment, :amount, :currency, 'pending',
				        now() + make_interval(secs => :verifyIn))
				RETURNING""" + " " + COLUMNS)
			.param("id", id.value())
			.param("payment", payment.value())
			.param("amount", amount.amount())
			.param("currency", amount.currency().getCurrencyCode())
			.param("verifyIn", verifyIn.toMillis() / 1000.0)
			.query(RefundRepository::refund)
			.single();
	}

	public Optional<Refund> find(RefundId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payments.refunds WHERE id = :id")
			.param("id", id.value())
			.query(RefundRepository::refund)
			.optional();
	}

	/** Reads the refund and keeps anyone else from settling it until this transaction ends. */
	public Optional<Refund> lock(RefundId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payments.refunds WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(RefundRepository::refund)
			.optional();
	}

	/** The payment's refunds, oldest first. */
	public List<Refund> of(PaymentId payment) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM payments.refunds WHERE payment_id = :payment ORDER BY created_at, id")
			.param("payment", payment.value())
			.query(RefundRepository::refund)
			.list();
	}

	public void succeeded(RefundId id, String processorRefundId) {
		settle(id, RefundStatus.SUCCEEDED, processorRefundId, null);
	}

	public void failed(RefundId id, String failureCode) {
		settle(id, RefundStatus.FAILED, null, failureCode);
	}

	private void settle(RefundId id, RefundStatus status, String processorRefundId, String failureCode) {
		jdbc.sql("""
				UPDATE payments.refunds SET status = :status, processor_refund_id = :processorRefund, failure_code = :failure,
				    verify_after = NULL
				WHERE id = :id""")
			.param("id", id.value())
			.param("status", status.code())
			.param("processorRefund", processorRefundId)
			.param("failure", failureCode)
			.update();
	}

	/** The processor did not answer about the refund once more: ask again after {@code wait}. */
	public void verifyAgainIn(RefundId id, Duration wait) {
		jdbc.sql("""
				UPDATE payments.refunds SET verify_attempts = verify_attempts + 1, verify_after = now() + make_interval(secs => :wait)
				WHERE id = :id AND status = 'pending'""")
			.param("id", id.value())
			.param("wait", wait.toMillis() / 1000.0)
			.update();
	}

	/** Across tenants: pending refunds due for another attempt, claimed for {@code lease} (see the migration). */
	public List<Due> claimToVerify(int max, Duration lease) {
		return jdbc.sql("SELECT * FROM payments.claim_refunds_to_verify(:max, :lease)")
			.param("max", max)
			.param("lease", lease.toMillis() / 1000.0)
			.query(Due::of)
			.list();
	}

	private static Refund refund(ResultSet rs, int row) throws SQLException {
		return new Refund(new RefundId(rs.getObject("id", UUID.class)), new PaymentId(rs.getObject("payment_id", UUID.class)),
				Money.of(rs.getLong("amount"), rs.getString("currency")), RefundStatus.ofCode(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
