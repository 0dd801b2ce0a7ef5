package dev.plaza.inventory.web;

import java.util.ArrayList;
import java.util.List;

import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.application.StockRefusals;
import dev.plaza.inventory.persistence.LocationRepository;
import dev.plaza.inventory.persistence.LocationRepository.Location;
import dev.plaza.platform.FieldError;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the shop keeps stock: warehouses and stores, by codes its staff choose. */
@RestController
@RequestMapping("/api/v1/stock/locations")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class LocationController {

	static final String CODE_RULE = "must be 1 to 40 letters, digits, dots, underscores or hyphens, starting with a letter "
			+ "or digit, such as madrid-1";

	static final int MAX_NAME = 200;

	private final LocationRepository locations;

	LocationController(LocationRepository locations) {
		this.locations = locations;
	}

	/** Creates the location (201) or renames it (200). */
	@PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "200")
	ResponseEntity<Location> put(@PathVariable String code, @RequestBody LocationRequest request) {
		List<FieldError> found = new ArrayList<>();
		if (!LocationCode.isValid(code)) {
			found.add(new FieldError("code", CODE_RULE));
		}
		if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
			found.add(new FieldError("name", "must be given, at most " + MAX_NAME + " characters"));
		}
		StockRefusals.refuseIfAny(found);
		boolean created = locations.put(code, request.name().strip());
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(new Location(code, request.name().strip()));
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_catalog:write', 'SCOPE_reservations:write', 'SCOPE_tenant:read')")
	List<Location> list() {
		return locations.all();
	}

	record LocationRequest(String name) {
	}
}
