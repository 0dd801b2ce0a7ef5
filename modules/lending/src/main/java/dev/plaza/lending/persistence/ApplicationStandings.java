package dev.plaza.lending.persistence;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.LoanId;
import dev.plaza.lending.OfferId;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * ApplicationStandings as decisions and offers change them. An application belongs to the applicant's
 * tenant, its offers to lenders: changes that span both run in the platform scope.
 */
@Repository
public class ApplicationStandings {

	private final JdbcClient jdbc;

	ApplicationStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where an application stands, as accepting an offer needs it. */
	public record Standing(LoanApplicationId id, TenantId tenant, String status, OfferId acceptedOffer, LoanId loan) {
	}

	/** The application, if the current scope sees it. */
	public Optional<Standing> find(LoanApplicationId id) {
		return standing(id, "");
	}

	/** The application, locked until the transaction ends: one accept at a time. */
	public Optional<Standing> lock(LoanApplicationId id) {
		return standing(id, " FOR UPDATE");
	}

	private Optional<Standing> standing(LoanApplicationId id, String lock) {
		return jdbc.sql("SELECT id, tenant_id, status, accepted_offer_id, loan_id FROM lending.applications WHERE id = :id" + lock)
			.param("id", id.value())
			.query((rs, n) -> {
				UUID offer = rs.getObject("accepted_offer_id", UUID.class);
				UUID loan = rs.getObject("loan_id", UUID.class);
				return new Standing(id, new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("status"),
						offer == null ? null : new OfferId(offer), loan == null ? null : new LoanId(loan));
			})
			.optional();
	}

	/** The first offer of a lender makes a submitted application offered. */
	public void offered(LoanApplicationId id) {
		jdbc.sql("UPDATE lending.applications SET status = 'offered', updated_at = now() WHERE id = :id AND status = 'submitted'")
			.param("id", id.value())
			.update();
	}

	/** A submitted application whose every copy is declined is declined. */
	public void declineIfEveryCopyDeclined(LoanApplicationId id) {
		jdbc.sql("""
				UPDATE lending.applications a SET status = 'declined', updated_at = now()
				WHERE a.id = :id AND a.status = 'submitted'
				  AND NOT EXISTS (SELECT 1 FROM lending.lender_applications c WHERE c.application_id = a.id AND c.status <> 'declined')""")
			.param("id", id.value())
			.update();
	}

	public void accepted(LoanApplicationId id, OfferId offer) {
		jdbc.sql("UPDATE lending.applications SET status = 'accepted', accepted_offer_id = :offer, updated_at = now() WHERE id = :id")
			.param("id", id.value())
			.param("offer", offer.value())
			.update();
	}

	public void loanOpened(LoanApplicationId id, LoanId loan) {
		jdbc.sql("UPDATE lending.applications SET loan_id = :loan, updated_at = now() WHERE id = :id")
			.param("id", id.value())
			.param("loan", loan.value())
			.update();
	}
}
