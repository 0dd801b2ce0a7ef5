package dev.plaza.lending.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.domain.LoanProduct;
import dev.plaza.lending.domain.TermCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lenders' loan products; row-level security confines a lender to its own, the platform scope sees all. */
@Repository
public class LoanProductRepository {

	private static final String COLUMNS = """
			SELECT tenant_id, id, code, name, country, currency, min_amount, max_amount, terms_months, annual_rate_basis_points,
			  amortization, day_count, repayment_frequency, grace_months, origination_fee_basis_points, late_fee,
			  eligibility_rule_set, created_at
			FROM lending.products""";

	private final JdbcClient jdbc;

	LoanProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a product of the current tenant; false when the tenant already has one with its code. */
	public boolean add(UUID id, String country, LoanProduct product) {
		return jdbc.sql("""
				INSERT INTO lending.products (tenant_id, id, code, name, country, currency, min_amount, max_amount, terms_months,
				  annual_rate_basis_points, amortization, day_count, repayment_frequency, grace_months,
				  origination_fee_basis_points, late_fee, eligibility_rule_set)
				VALUES (platform.current_tenant(), :id, :code, :name, :country, :currency, :minAmount, :maxAmount, :terms,
				  :rate, :amortization, :dayCount, :frequency, :grace, :fee, :lateFee, :ruleSet)
				ON CONFLICT (tenant_id, code) DO NOTHING""")
			.param("id", id)
			.param("code", product.code())
			.param("name", product.name())
			.param("country", country)
			.param("currency", product.currency().getCurrencyCode())
			.param("minAmount", product.minAmount())
			.param("maxAmount", product.maxAmount())
			.param("terms", product.termsMonths().toArray(Integer[]::new))
			.param("rate", product.annualRateBasisPoints())
			.param("amortization", product.amortization().code())
			.param("dayCount", product.dayCount().code())
			.param("frequency", product.repaymentFrequency().code())
			.param("grace", product.graceMonths())
			.param("fee", product.originationFeeBasisPoints())
			.param("lateFee", product.lateFee())
			.param("ruleSet", product.eligibilityRuleSet().orElse(null))
			.update() == 1;
	}

	public Optional<StoredLoanProduct> find(UUID id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(LoanProductRepository::product).optional();
	}

	/** Up to {@code limit} products in the order they were created, after the one with id {@code after}. */
	public List<StoredLoanProduct> after(UUID after, int limit) {
		return jdbc.sql(COLUMNS + " WHERE id > :after ORDER BY id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query(LoanProductRepository::product)
			.list();
	}

	/** The products in the currency of the given lenders (call it in the platform scope to see every lender's). */
	public List<StoredLoanProduct> ofLenders(Collection<UUID> lenders, Currency currency) {
		return jdbc.sql(COLUMNS + " WHERE tenant_id = ANY(:lenders) AND currency = :currency ORDER BY id")
			.param("lenders", lenders.toArray(UUID[]::new))
			.param("currency", currency.getCurrencyCode())
			.query(LoanProductRepository::product)
			.list();
	}

	private static StoredLoanProduct product(ResultSet rs, int row) throws SQLException {
		LoanProduct product = new LoanProduct(rs.getString("code"), rs.getString("name"),
				Currency.getInstance(rs.getString("currency")), rs.getLong("min_amount"), rs.getLong("max_amount"),
				Arrays.asList((Integer[]) rs.getArray("terms_months").getArray()), rs.getInt("annual_rate_basis_points"),
				TermCodes.amortization(rs.getString("amortization")).orElseThrow(),
				TermCodes.dayCount(rs.getString("day_count")).orElseThrow(),
				TermCodes.repaymentFrequency(rs.getString("repayment_frequency")).orElseThrow(), rs.getInt("grace_months"),
				rs.getInt("origination_fee_basis_points"), rs.getLong("late_fee"),
				Optional.ofNullable(rs.getString("eligibility_rule_set")));
		return new StoredLoanProduct(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("country"), product, rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
