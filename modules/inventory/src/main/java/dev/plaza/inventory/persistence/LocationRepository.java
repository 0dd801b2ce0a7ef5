package dev.plaza.inventory.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's stock locations. */
@Repository
public class LocationRepository {

	private final JdbcClient jdbc;

	LocationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the location or renames it; true when it is new. */
	@Transactional
	public boolean put(String code, String name) {
		return jdbc.sql("""
				INSERT INTO inventory.stock_locations AS l (tenant_id, code, name)
				VALUES (platform.current_tenant(), :code, :name)
				ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name, updated_at = now()
				RETURNING (xmax = 0) AS inserted""")
			.param("code", code)
			.param("name", name)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public List<Location> all() {
		return jdbc.sql("SELECT code, name FROM inventory.stock_locations ORDER BY code").query(Location.class).list();
	}

	/** Those of the codes the tenant has a location for. */
	public Set<String> existing(Collection<String> codes) {
		return jdbc.sql("SELECT code FROM inventory.stock_locations WHERE code = ANY(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.set();
	}

	public record Location(String code, String name) {
	}
}
