package dev.plaza.venues.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.application.VenueAdmin;
import dev.plaza.venues.domain.Slug;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.MovieRepository;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/movies")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class MovieController {

	/** A BCP 47 language tag such as es, en or pt-BR. */
	static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

	private final VenueAdmin venues;

	private final MovieRepository movies;

	MovieController(VenueAdmin venues, MovieRepository movies) {
		this.venues = venues;
		this.movies = movies;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<Movie> create(@Valid @RequestBody NewMovie request) {
		CatalogProblems.refuseIfAny(Slug.check(request.slug(), request.title()).stream().toList());
		Movie movie = venues.addMovie(request.toMovie());
		return ResponseEntity.created(URI.create("/api/v1/catalog/movies/" + movie.id())).body(movie);
	}

	/**
	 * Replaces the movie's details; its showtimes keep their times. Search, pages and caches follow
	 * through {@code MovieChanged}.
	 */
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Movie replace(@PathVariable UUID id, @Valid @RequestBody NewMovie request) {
		CatalogProblems.refuseIfAny(Slug.check(request.slug(), request.title()).stream().toList());
		return venues.replaceMovie(request.toMovie(id));
	}

	@GetMapping
	List<Movie> list() {
		return movies.all();
	}

	@GetMapping("/{id}")
	Movie get(@PathVariable UUID id) {
		return movies.get(new MovieId(id));
	}

	record NewMovie(String slug, @NotBlank @Size(max = 300) String title, @Size(max = 300) String originalTitle,
			@Size(max = 10_000) String synopsis, @Size(max = 100) List<@NotBlank @Size(max = 200) String> cast,
			@Size(max = 20) List<@NotBlank @Size(max = 50) String> genres,
			@NotNull @Min(value = 1, message = "must be the running time in whole minutes, at least 1") @Max(1000) Integer durationMinutes,
			@NotBlank @Size(max = 20) String ageRating, @NotNull LocalDate releaseDate,
			@NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = LANGUAGE,
					message = "must be a language tag such as es, en or pt-BR") String> languages,
			@Size(max = 2000) String posterUrl, @Size(max = 50) List<@NotBlank @Size(max = 2000) String> gallery) {

		Movie toMovie() {
			return toMovie(Ids.newId());
		}

		Movie toMovie(UUID id) {
			return new Movie(id, Slug.resolve(slug, title), title, originalTitle == null ? title : originalTitle,
					synopsis == null ? "" : synopsis, orEmpty(cast), orEmpty(genres), durationMinutes, ageRating, releaseDate,
					languages, posterUrl, orEmpty(gallery));
		}

		private static List<String> orEmpty(List<String> list) {
			return list == null ? List.of() : list;
		}
	}
}
