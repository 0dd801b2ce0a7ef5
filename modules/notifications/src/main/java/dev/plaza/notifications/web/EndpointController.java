package dev.plaza.notifications.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.notifications.application.EventTypes;
import dev.plaza.notifications.application.WebhookTargets;
import dev.plaza.notifications.persistence.WebhookEndpointRepository;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.notifications.application.NotificationsProblems;
import dev.plaza.notifications.domain.EndpointUrl;
import dev.plaza.notifications.domain.WebhookSignature;
import dev.plaza.notifications.persistence.WebhookEndpointRepository.Endpoint;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tenant registers the URLs it wants events at, and for which event types. */
@RestController
@RequestMapping("/api/v1/webhooks/endpoints")
class EndpointController {

	private final WebhookEndpointRepository endpoints;

	private final EventTypes eventTypes;

	private final WebhookTargets targets;

	EndpointController(WebhookEndpointRepository endpoints, EventTypes eventTypes, WebhookTargets targets) {
		this.endpoints = endpoints;
		this.eventTypes = eventTypes;
		this.targets = targets;
	}

	/** 201 with the signing secret, which is shown this once; 400 for a bad URL, 422 for unknown event types. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<CreatedEndpoint> register(@RequestBody EndpointRequest request) {
		List<FieldError> invalid = new ArrayList<>();
		EndpointUrl.problem(request.url())
			.or(() -> targets.refusal(request.url()))
			.ifPresent(reason -> invalid.add(new FieldError("url", reason)));
		if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
			invalid.add(new FieldError("eventTypes", "must name at least one event type, or \"*\" for all: " + eventTypes.known()));
		}
		else if (request.eventTypes().stream().anyMatch(type -> type == null || type.isBlank())) {
			invalid.add(new FieldError("eventTypes", "must not contain empty names"));
		}
		if (request.description() != null && request.description().length() > 500) {
			invalid.add(new FieldError("description", "must be at most 500 characters"));
		}
		Problem.refuseIfAny(invalid);
		List<String> unknown = eventTypes.unknownAmong(request.eventTypes());
		if (!unknown.isEmpty()) {
			throw new Problem(NotificationsProblems.UNKNOWN_EVENT_TYPES, "No events of type " + unknown
					+ " are published. Subscribe to some of " + eventTypes.known() + ", or \"*\" for all.",
					Map.of("unknown", unknown, "known", List.copyOf(eventTypes.known())));
		}
		String secret = WebhookSignature.newSecret();
		Endpoint endpoint = endpoints.insert(Ids.newId(), request.url(), request.eventTypes().stream().distinct().toList(),
				request.description(), secret);
		return ResponseEntity.created(URI.create("/api/v1/webhooks/endpoints/" + endpoint.id()))
			.body(new CreatedEndpoint(endpoint.id(), endpoint.url(), endpoint.eventTypes(), endpoint.description(),
					endpoint.createdAt(), secret));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	Map<String, List<EndpointView>> list() {
		return Map.of("items", endpoints.active().stream().map(EndpointView::of).toList());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	EndpointView get(@PathVariable UUID id) {
		return EndpointView.of(endpoints.find(id).orElseThrow(() -> Problem.notFound("webhook endpoint", id)));
	}

	/** Stops deliveries to the endpoint; those still pending are dead-lettered. Its delivery log stays. */
	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		if (!endpoints.delete(id)) {
			throw Problem.notFound("webhook endpoint", id);
		}
		return ResponseEntity.noContent().build();
	}

	record EndpointRequest(String url, List<String> eventTypes, String description) {
	}

	/** The endpoint as registered, with the secret that signs its deliveries. */
	record CreatedEndpoint(UUID id, String url, List<String> eventTypes, @Schema(nullable = true) String description,
			Instant createdAt, String secret) {
	}

	record EndpointView(UUID id, String url, List<String> eventTypes, @Schema(nullable = true) String description,
			Instant createdAt) {

		static EndpointView of(Endpoint endpoint) {
			return new EndpointView(endpoint.id(), endpoint.url(), endpoint.eventTypes(), endpoint.description(),
					endpoint.createdAt());
		}
	}
}
