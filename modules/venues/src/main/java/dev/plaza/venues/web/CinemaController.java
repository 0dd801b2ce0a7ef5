package dev.plaza.venues.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.application.VenueAdmin;
import dev.plaza.venues.persistence.Cinema;
import dev.plaza.venues.persistence.CinemaRepository;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/cinemas")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class CinemaController {

	static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

	private final VenueAdmin venues;

	private final CinemaRepository cinemas;

	CinemaController(VenueAdmin venues, CinemaRepository cinemas) {
		this.venues = venues;
		this.cinemas = cinemas;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<Cinema> create(@Valid @RequestBody NewCinema request) {
		Cinema cinema = venues.addCinema(request.toCinema());
		return ResponseEntity.created(URI.create("/api/v1/catalog/cinemas/" + cinema.id())).body(cinema);
	}

	/** Every cinema, or those of one city. */
	@GetMapping
	List<Cinema> list(@RequestParam(required = false) UUID cityId) {
		return cinemas.all(cityId);
	}

	@GetMapping("/{id}")
	Cinema get(@PathVariable UUID id) {
		return cinemas.get(new CinemaId(id));
	}

	record NewCinema(
			@NotNull @Pattern(regexp = CODE, message = "must be 1 to 40 letters, digits, '-' or '_', such as 'MAD-01'") String code,
			@NotBlank @Size(max = 200) String name, @NotNull UUID cityId, @NotBlank @Size(max = 500) String address,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

		Cinema toCinema() {
			return new Cinema(Ids.newId(), code, name, cityId, address, latitude, longitude);
		}
	}
}
