package dev.plaza.lending.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.domain.Installment;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lenders' offers. Applicants' reads run in the platform scope: an application's offers come from several lenders. */
@Repository
public class Offers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Installment>> SCHEDULE = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, tenant_id, application_id, lender_application_id, product_id, currency, "
			+ "amount, term_months, installment, total_cost, origination_fee, annual_rate_basis_points, apr_basis_points, "
			+ "schedule::text AS schedule, status";

	private final JdbcClient jdbc;

	Offers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(StoredOffer offer) {
		jdbc.sql("""
				INSERT INTO lending.offers (tenant_id, id, application_id, lender_application_id, product_id, currency, amount,
				    term_months, installment, total_cost, origination_fee, annual_rate_basis_points, apr_basis_points, schedule)
				VALUES (:tenant, :id, :application, :copy, :product, :currency, :amount, :term, :installment, :totalCost, :fee,
				    :rate, :apr, :schedule::jsonb)""")
			.param("tenant", offer.lender().value())
			.param("id", offer.id().value())
			.param("application", offer.application().value())
			.param("copy", offer.lenderCopy())
			.param("product", offer.product().value())
			.param("currency", offer.currency())
			.param("amount", offer.amount())
			.param("term", offer.termMonths())
			.param("installment", offer.installment())
			.param("totalCost", offer.totalCost())
			.param("fee", offer.originationFee())
			.param("rate", offer.annualRateBasisPoints())
			.param("apr", offer.aprBasisPoints())
			.param("schedule", JSON.writeValueAsString(offer.schedule()))
			.update();
	}

	/** The application's open offers, oldest first. */
	public List<StoredOffer> open(LoanApplicationId application) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lending.offers WHERE application_id = :application AND status = 'open' "
				+ "ORDER BY created_at, id")
			.param("application", application.value())
			.query(Offers::offer)
			.list();
	}

	public Optional<StoredOffer> find(OfferId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lending.offers WHERE id = :id")
			.param("id", id.value())
			.query(Offers::offer)
			.optional();
	}

	/** Accepts the offer and withdraws the application's other open ones; answers those withdrawn. */
	public List<StoredOffer> accept(StoredOffer accepted) {
		jdbc.sql("UPDATE lending.offers SET status = 'accepted', settled_at = now() WHERE id = :id")
			.param("id", accepted.id().value())
			.update();
		return jdbc.sql("UPDATE lending.offers SET status = 'withdrawn', settled_at = now() "
				+ "WHERE application_id = :application AND status = 'open' AND id <> :id RETURNING " + COLUMNS)
			.param("application", accepted.application().value())
			.param("id", accepted.id().value())
			.query(Offers::offer)
			.list();
	}

	private static StoredOffer offer(ResultSet rs, int n) throws SQLException {
		return new StoredOffer(new OfferId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
				new LoanApplicationId(rs.getObject("application_id", UUID.class)),
				rs.getObject("lender_application_id", UUID.class), new LoanProductId(rs.getObject("product_id", UUID.class)),
				rs.getString("currency"), rs.getLong("amount"), rs.getInt("term_months"), rs.getLong("installment"),
				rs.getLong("total_cost"), rs.getLong("origination_fee"), rs.getInt("annual_rate_basis_points"),
				rs.getInt("apr_basis_points"), JSON.readValue(rs.getString("schedule"), SCHEDULE), rs.getString("status"));
	}
}
