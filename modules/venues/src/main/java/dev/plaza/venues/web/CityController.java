package dev.plaza.venues.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.venues.CityId;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.domain.Slug;
import dev.plaza.venues.persistence.City;
import dev.plaza.venues.persistence.CityRepository;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog/cities")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class CityController {

	private final CityRepository cities;

	CityController(CityRepository cities) {
		this.cities = cities;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<City> create(@Valid @RequestBody NewCity request) {
		CatalogProblems.refuseIfAny(request.violations());
		City city = cities.add(request.toCity());
		return ResponseEntity.created(URI.create("/api/v1/catalog/cities/" + city.id())).body(city);
	}

	@GetMapping
	List<City> list() {
		return cities.all();
	}

	@GetMapping("/{id}")
	City get(@PathVariable UUID id) {
		return cities.get(new CityId(id));
	}

	record NewCity(String slug, @NotBlank @Size(max = 200) String name,
			@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code of two capital letters, such as MX") String country,
			@NotNull String timeZone) {

		List<FieldError> violations() {
			List<FieldError> violations = new ArrayList<>();
			Slug.check(slug, name).ifPresent(violations::add);
			// Region names only: PostgreSQL reads offsets such as GMT+2 with the opposite sign.
			if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
				violations.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid or America/Mexico_City"));
			}
			return violations;
		}

		City toCity() {
			return new City(Ids.newId(), Slug.resolve(slug, name), name, country, timeZone);
		}
	}
}
