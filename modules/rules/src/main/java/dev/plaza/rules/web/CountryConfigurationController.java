package dev.plaza.rules.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import dev.plaza.rules.Country;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.application.ConfigurationView;
import dev.plaza.rules.application.CountryVersions;
import dev.plaza.rules.application.DocumentSchema;
import dev.plaza.rules.application.RulesProblems;
import dev.plaza.rules.persistence.CountryVersionRepository.StoredVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each country's configuration, versioned and effective-dated. The platform operator publishes
 * versions ({@code platform:admin}); any authenticated caller, the platform's or a tenant's, reads them,
 * since they state the rules of a country rather than anything of a tenant's.
 */
@RestController
@RequestMapping("/api/v1/config")
class CountryConfigurationController {

	private final CountryVersions versions;

	private final ConfigurationView view;

	private final JsonMapper json;

	CountryConfigurationController(CountryVersions versions, ConfigurationView view, JsonMapper json) {
		this.versions = versions;
		this.view = view;
		this.json = json;
	}

	/**
	 * 201 with the stored version; 422 listing each violation of the schema (by JSON pointer), each rule that
	 * does not compile, or an {@code effectiveFrom} in the past. Without {@code effectiveFrom} it takes effect now.
	 */
	@PostMapping(path = "/countries/{country}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<VersionView> publish(@PathVariable String country, @RequestBody VersionRequest request,
			Authentication caller) {
		Country named = CountryPaths.country(country);
		if (request.document() == null || !request.document().isObject()) {
			throw Problem.invalidFields(RulesProblems.INVALID_CONFIGURATION, List.of(new FieldError("/document",
					"must be the country's configuration document, an object as GET /api/v1/config/schema describes")));
		}
		StoredVersion stored = versions.publish(named, Optional.ofNullable(request.effectiveFrom()), request.document(),
				caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/config/countries/" + named + "/versions/" + stored.version()))
			.body(view(stored));
	}

	/** The version in force at {@code at} (default now); 404 when the country is unknown or none was in force yet. */
	@GetMapping("/countries/{country}")
	@PreAuthorize("isAuthenticated()")
	VersionView inForce(@PathVariable String country, @RequestParam(required = false) Instant at) {
		Country named = CountryPaths.country(country);
		Instant when = at == null ? Instant.now() : at;
		CountryConfiguration inForce = view.inForce(named, when).orElseThrow(() -> unknown(named, when));
		return view(view.stored(named, inForce.version()).orElseThrow(() -> unknown(named, when)));
	}

	@GetMapping("/countries/{country}/versions/{version}")
	@PreAuthorize("isAuthenticated()")
	VersionView version(@PathVariable String country, @PathVariable int version) {
		Country named = CountryPaths.country(country);
		return view(view.stored(named, version)
			.orElseThrow(() -> Problem.notFound("version of " + named + "'s configuration", version)));
	}

	/** The country's versions, newest first, with who published each and when. */
	@GetMapping("/countries/{country}/versions")
	@PreAuthorize("isAuthenticated()")
	Map<String, Object> history(@PathVariable String country, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		Country named = CountryPaths.country(country);
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		if (view.versions(named).isEmpty()) {
			throw unknown(named, null);
		}
		List<StoredVersion> items = versions.history(named, page);
		List<HistoryEntry> entries = items.stream().map(HistoryEntry::of).toList();
		return items.size() < page.limit() ? Map.of("items", entries)
				: Map.of("items", entries, "nextCursor", NewestFirstPage.after(items.getLast().id()));
	}

	/** The countries Plaza has configuration for, each with the version in force now (if one is yet). */
	@GetMapping("/countries")
	@PreAuthorize("isAuthenticated()")
	Map<String, List<CountrySummary>> countries() {
		Instant now = Instant.now();
		return Map.of("items", view.countries().stream()
			.map(country -> CountrySummary.of(country, view.inForce(country, now), view.versions(country).size()))
			.toList());
	}

	/** The JSON Schema every country document is validated against. */
	@GetMapping(path = "/schema", produces = "application/schema+json")
	@PreAuthorize("isAuthenticated()")
	JsonNode schema() {
		return json.readTree(DocumentSchema.COUNTRY.text());
	}

	private VersionView view(StoredVersion stored) {
		return new VersionView(stored.country(), stored.version(), stored.effectiveFrom(), stored.createdBy(),
				stored.createdAt(), json.readTree(stored.document()));
	}

	private Problem unknown(Country country, Instant at) {
		return new Problem(RulesProblems.UNKNOWN_COUNTRY, at == null || view.versions(country).isEmpty()
				? "Plaza has no configuration for " + country + ". GET /api/v1/config/countries lists the countries it has."
				: "No configuration of " + country + " was in force at " + at + ". GET /api/v1/config/countries/" + country
						+ "/versions lists its versions with when each took effect.",
				Map.of("country", country.code()));
	}

	/**
	 * @param effectiveFrom when the version takes effect: now or later; now when left out
	 * @param document the configuration, as GET /api/v1/config/schema describes it
	 */
	record VersionRequest(@Schema(nullable = true) Instant effectiveFrom,
			@Schema(description = "As GET /api/v1/config/schema describes") JsonNode document) {
	}

	record VersionView(String country, int version, Instant effectiveFrom, String createdBy, Instant createdAt,
			JsonNode document) {
	}

	record HistoryEntry(int version, Instant effectiveFrom, String createdBy, Instant createdAt) {

		static HistoryEntry of(StoredVersion stored) {
			return new HistoryEntry(stored.version(), stored.effectiveFrom(), stored.createdBy(), stored.createdAt());
		}
	}

	record CountrySummary(String country, @Schema(nullable = true) Integer version,
			@Schema(nullable = true) Instant effectiveFrom, int versions) {

		static CountrySummary of(Country country, Optional<CountryConfiguration> inForce, int versions) {
			return new CountrySummary(country.code(), inForce.map(CountryConfiguration::version).orElse(null),
					inForce.map(CountryConfiguration::effectiveFrom).orElse(null), versions);
		}
	}
}
