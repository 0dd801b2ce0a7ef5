package dev.plaza.venues.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.application.VenueAdmin;
import dev.plaza.venues.domain.SeatMap;
import dev.plaza.venues.persistence.Room;
import dev.plaza.venues.persistence.RoomRepository;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
@RequestMapping("/api/v1/catalog/rooms")
@PreAuthorize("hasAuthority('SCOPE_catalog:write')")
class RoomController {

	private final VenueAdmin venues;

	private final RoomRepository rooms;

	RoomController(VenueAdmin venues, RoomRepository rooms) {
		this.venues = venues;
		this.rooms = rooms;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "201")
	ResponseEntity<RoomView> create(@Valid @RequestBody NewRoom request) {
		CatalogProblems.refuseIfAny(request.violations());
		RoomView room = RoomView.of(venues.addRoom(request.toRoom()));
		return ResponseEntity.created(URI.create("/api/v1/catalog/rooms/" + room.id())).body(room);
	}

	/** Every room, or those of one cinema. */
	@GetMapping
	List<RoomView> list(@RequestParam(required = false) UUID cinemaId) {
		return rooms.all(cinemaId).stream().map(RoomView::of).toList();
	}

	@GetMapping("/{id}")
	RoomView get(@PathVariable UUID id) {
		return RoomView.of(rooms.get(new RoomId(id)));
	}

	record RoomView(UUID id, UUID cinemaId, String name, String type, SeatMap seatMap) {

		static RoomView of(Room room) {
			return new RoomView(room.id(), room.cinemaId(), room.name(), room.type().code(), room.seatMap());
		}
	}

	record NewRoom(@NotNull UUID cinemaId, @NotBlank @Size(max = 100) String name, @NotNull String type,
			@NotNull SeatMap seatMap) {

		List<FieldError> violations() {
			List<FieldError> violations = new ArrayList<>();
			if (RoomType.fromCode(type).isEmpty()) {
				violations.add(new FieldError("type", "must be one of 2D, 3D, 4D, IMAX or VIP"));
			}
			violations.addAll(seatMap.violations("seatMap"));
			return violations;
		}

		Room toRoom() {
			return new Room(Ids.newId(), cinemaId, name, RoomType.fromCode(type).orElseThrow(), seatMap);
		}
	}
}
