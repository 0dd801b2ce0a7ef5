package dev.plaza.lending.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lenders' marketplace participation; a lender sees its own row, the platform scope every lender's. */
@Repository
public class MarketplaceRepository {

	private final JdbcClient jdbc;

	MarketplaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A lender's participation as stored. */
	public record Participation(boolean participating, List<String> countries, Instant updatedAt) {
	}

	/** Sets the current lender's participation, replacing what it had. */
	public Participation save(boolean participating, List<String> countries) {
		return jdbc.sql("""
				INSERT INTO lending.marketplace_lenders (tenant_id, participating, countries)
				VALUES (platform.current_tenant(), :participating, :countries)
				ON CONFLICT (tenant_id) DO UPDATE SET participating = excluded.participating, countries = excluded.countries,
				  updated_at = now()
				RETURNING participating, countries, updated_at""")
			.param("participating", participating)
			.param("countries", countries.toArray(String[]::new))
			.query((rs, row) -> new Participation(rs.getBoolean("participating"),
					Arrays.asList((String[]) rs.getArray("countries").getArray()),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	public Optional<Participation> current() {
		return jdbc.sql("SELECT participating, countries, updated_at FROM lending.marketplace_lenders "
				+ "WHERE tenant_id = platform.current_tenant()")
			.query((rs, row) -> new Participation(rs.getBoolean("participating"),
					Arrays.asList((String[]) rs.getArray("countries").getArray()),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The lenders taking marketplace applications from the country (call it in the platform scope). */
	public List<UUID> participatingIn(String country) {
		return jdbc.sql("SELECT tenant_id FROM lending.marketplace_lenders WHERE participating AND :country = ANY(countries) "
				+ "ORDER BY tenant_id")
			.param("country", country)
			.query(UUID.class)
			.list();
	}
}
