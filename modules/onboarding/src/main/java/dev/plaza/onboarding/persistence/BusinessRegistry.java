package dev.plaza.onboarding.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every business Plaza onboarded, once per country and tax id, with the organization it became. Only
 * the platform scope reads and writes it.
 */
@Repository
public class BusinessRegistry {

	private final JdbcClient jdbc;

	BusinessRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the business as that organization unless it is recorded already; a concurrent recorder
	 * of the same business waits for this one.
	 *
	 * @return the organization the business is recorded as, and whether this call recorded it
	 */
	public Registered register(String country, String taxId, UUID organization, UUID item) {
		int added = jdbc.sql("""
				INSERT INTO onboarding.businesses (country, tax_id, organization_id, first_item_id)
				VALUES (:country, :taxId, :organization, :item) ON CONFLICT DO NOTHING""")
			.param("country", country)
			.param("taxId", taxId)
			.param("organization", organization)
			.param("item", item)
			.update();
		Optional<Registered> found = jdbc.sql("""
				SELECT organization_id, first_item_id FROM onboarding.businesses WHERE country = :country AND tax_id = :taxId""")
			.param("country", country)
			.param("taxId", taxId)
			.query((rs, n) -> new Registered(rs.getObject("organization_id", UUID.class),
					added == 1 || item.equals(rs.getObject("first_item_id", UUID.class))))
			.optional();
		return found.orElseThrow();
	}

	/**
	 * @param firstTime true when the business was first recorded for this item (now, or by this item
	 *     before a crash): it is this item that provisions it
	 */
	public record Registered(UUID organization, boolean firstTime) {
	}
}
