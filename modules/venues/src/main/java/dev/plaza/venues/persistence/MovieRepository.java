package dev.plaza.venues.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.application.CatalogProblems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's movies; a movie's slug is unique in the tenant's catalog. */
@Repository
public class MovieRepository {

	private static final String COLUMNS = """
			SELECT id, slug, title, original_title, synopsis, "cast", genres, duration_minutes, age_rating, release_date,
			languages, poster_url, gallery FROM venues.movies""";

	private final JdbcClient jdbc;

	MovieRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Movie add(Movie movie) {
		int added = withFields(jdbc.sql("""
				INSERT INTO venues.movies (tenant_id, id, slug, title, original_title, synopsis, "cast", genres,
				  duration_minutes, age_rating, release_date, languages, poster_url, gallery)
				VALUES (platform.current_tenant(), :id, :slug, :title, :originalTitle, :synopsis, :cast, :genres,
				  :durationMinutes, :ageRating, :releaseDate, :languages, :posterUrl, :gallery) ON CONFLICT DO NOTHING"""),
				movie)
			.update();
		if (added == 0) {
			throw CatalogProblems.taken("slug", movie.slug(), "a movie");
		}
		return movie;
	}

	@Transactional
	public Movie replace(Movie movie) {
		int replaced;
		try {
			replaced = withFields(jdbc.sql("""
					UPDATE venues.movies SET slug = :slug, title = :title, original_title = :originalTitle,
					  synopsis = :synopsis, "cast" = :cast, genres = :genres, duration_minutes = :durationMinutes,
					  age_rating = :ageRating, release_date = :releaseDate, languages = :languages,
					  poster_url = :posterUrl, gallery = :gallery
					WHERE id = :id"""), movie)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw CatalogProblems.taken("slug", movie.slug(), "another movie");
		}
		if (replaced == 0) {
			throw Problem.notFound("movie", movie.id());
		}
		return movie;
	}

	private static JdbcClient.StatementSpec withFields(JdbcClient.StatementSpec statement, Movie movie) {
		return statement.param("id", movie.id())
			.param("slug", movie.slug())
			.param("title", movie.title())
			.param("originalTitle", movie.originalTitle())
			.param("synopsis", movie.synopsis())
			.param("cast", movie.cast().toArray(String[]::new))
			.param("genres", movie.genres().toArray(String[]::new))
			.param("durationMinutes", movie.durationMinutes())
			.param("ageRating", movie.ageRating())
			.param("releaseDate", movie.releaseDate())
			.param("languages", movie.languages().toArray(String[]::new))
			.param("posterUrl", movie.posterUrl())
			.param("gallery", movie.gallery().toArray(String[]::new));
	}

	@Transactional(readOnly = true)
	public List<Movie> all() {
		return jdbc.sql(COLUMNS + " ORDER BY title, id").query(MovieRepository::movie).list();
	}

	@Transactional(readOnly = true)
	public Movie get(MovieId id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(MovieRepository::movie).optional()
			.orElseThrow(() -> Problem.notFound("movie", id));
	}

	/** Movies having one of the ids or one of the slugs. */
	public List<Movie> withIdsOrSlugs(Collection<UUID> ids, Collection<String> slugs) {
		return jdbc.sql(COLUMNS + " WHERE id = ANY(:ids) OR slug = ANY(:slugs)")
			.param("ids", ids.toArray(UUID[]::new))
			.param("slugs", slugs.toArray(String[]::new))
			.query(MovieRepository::movie)
			.list();
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((String[]) rs.getArray(column).getArray());
	}

	private static Movie movie(ResultSet rs, int row) throws SQLException {
		return new Movie(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("original_title"), rs.getString("synopsis"), strings(rs, "cast"), strings(rs, "genres"),
				rs.getInt("duration_minutes"), rs.getString("age_rating"), rs.getObject("release_date", LocalDate.class),
				strings(rs, "languages"), rs.getString("poster_url"), strings(rs, "gallery"));
	}
}
