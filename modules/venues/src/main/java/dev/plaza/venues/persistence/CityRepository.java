package dev.plaza.venues.persistence;

import java.util.List;
import java.util.Optional;

import dev.plaza.platform.Problem;
import dev.plaza.venues.CityId;
import dev.plaza.venues.application.CatalogProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's cities; row-level security confines every statement to the current tenant. */
@Repository
public class CityRepository {

	private static final String COLUMNS = "SELECT id, slug, name, country, time_zone FROM venues.cities";

	private final JdbcClient jdbc;

	CityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public City add(City city) {
		int added = jdbc.sql("""
				INSERT INTO venues.cities (tenant_id, id, slug, name, country, time_zone)
				VALUES (platform.current_tenant(), :id, :slug, :name, :country, :timeZone) ON CONFLICT DO NOTHING""")
			.paramSource(city)
			.update();
		if (added == 0) {
			throw CatalogProblems.taken("slug", city.slug(), "a city");
		}
		return city;
	}

	@Transactional(readOnly = true)
	public List<City> all() {
		return jdbc.sql(COLUMNS + " ORDER BY name, id").query(City.class).list();
	}

	@Transactional(readOnly = true)
	public City get(CityId id) {
		return find(id).orElseThrow(() -> Problem.notFound("city", id));
	}

	Optional<City> find(CityId id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(City.class).optional();
	}
}
