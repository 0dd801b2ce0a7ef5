package dev.plaza.lending.persistence;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.domain.Allocation;
import dev.plaza.lending.domain.PrepaymentChoice;
import dev.plaza.lending.domain.Repayment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The repayments of the current lender's loans. */
@Repository
public class Repayments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Allocation.Part>> PARTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	Repayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(LoanId loan, Repayment repayment) {
		jdbc.sql("""
				INSERT INTO lending.repayments (tenant_id, id, loan_id, reference, amount, paid_at, allocation, prepayment,
				    prepayment_choice)
				VALUES (platform.current_tenant(), :id, :loan, :reference, :amount, :paidAt, CAST(:allocation AS jsonb),
				    :prepayment, :choice)""")
			.param("id", repayment.id())
			.param("loan", loan.value())
			.param("reference", repayment.reference())
			.param("amount", repayment.amount())
			.param("paidAt", Timestamp.from(repayment.paidAt()))
			.param("allocation", JSON.writeValueAsString(repayment.allocation()))
			.param("prepayment", repayment.prepayment())
			.param("choice", repayment.choice() == null ? null : repayment.choice().code())
			.update();
	}

	public Optional<Repayment> find(LoanId loan, String reference) {
		return jdbc.sql("SELECT * FROM lending.repayments WHERE loan_id = :loan AND reference = :reference")
			.param("loan", loan.value())
			.param("reference", reference)
			.query(Repayments::repayment)
			.optional();
	}

	/** The loan's repayments in the order they were received. */
	public List<Repayment> of(LoanId loan) {
		return jdbc.sql("SELECT * FROM lending.repayments WHERE loan_id = :loan ORDER BY received_at, id")
			.param("loan", loan.value())
			.query(Repayments::repayment)
			.list();
	}

	private static Repayment repayment(ResultSet rs, int row) throws SQLException {
		String choice = rs.getString("prepayment_choice");
		return new Repayment(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getLong("amount"),
				rs.getObject("paid_at", OffsetDateTime.class).toInstant(), JSON.readValue(rs.getString("allocation"), PARTS),
				rs.getLong("prepayment"), choice == null ? null : PrepaymentChoice.of(choice).orElseThrow());
	}
}
