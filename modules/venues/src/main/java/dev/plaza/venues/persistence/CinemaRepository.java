package dev.plaza.venues.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.application.CatalogProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's cinemas, each in one of its cities. */
@Repository
public class CinemaRepository {

	private static final String COLUMNS = "SELECT id, code, name, city_id, address, latitude, longitude FROM venues.cinemas";

	private final JdbcClient jdbc;

	private final CityRepository cities;

	CinemaRepository(JdbcClient jdbc, CityRepository cities) {
		this.jdbc = jdbc;
		this.cities = cities;
	}

	@Transactional
	public Cinema add(Cinema cinema) {
		if (cities.find(new CityId(cinema.cityId())).isEmpty()) {
			CatalogProblems.refuseIfAny(List.of(CatalogProblems.unknown("cityId", "city", cinema.cityId())));
		}
		int added = jdbc.sql("""
				INSERT INTO venues.cinemas (tenant_id, id, code, name, city_id, address, latitude, longitude)
				VALUES (platform.current_tenant(), :id, :code, :name, :cityId, :address, :latitude, :longitude)
				ON CONFLICT DO NOTHING""")
			.paramSource(cinema)
			.update();
		if (added == 0) {
			throw CatalogProblems.taken("code", cinema.code(), "a cinema");
		}
		return cinema;
	}

	@Transactional(readOnly = true)
	public List<Cinema> all(UUID cityId) {
		return jdbc.sql(COLUMNS + " WHERE (CAST(:city AS uuid) IS NULL OR city_id = :city) ORDER BY name, id")
			.param("city", cityId)
			.query(Cinema.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Cinema get(CinemaId id) {
		return find(id).orElseThrow(() -> Problem.notFound("cinema", id));
	}

	Optional<Cinema> find(CinemaId id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(Cinema.class).optional();
	}
}
