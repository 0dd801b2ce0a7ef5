package dev.plaza.notifications.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.notifications.jobs.DeliveryDispatcher;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository;
import dev.plaza.notifications.persistence.WebhookEndpointRepository;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.notifications.application.NotificationsProblems;
import dev.plaza.notifications.application.NotificationsProperties;
import dev.plaza.notifications.domain.WebhookDeliveryStatus;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository.Attempt;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository.Delivery;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's delivery log: what was sent where, each attempt's outcome, and redelivery of dead letters. */
@RestController
@RequestMapping("/api/v1/webhooks/deliveries")
class DeliveryController {

	private final WebhookDeliveryRepository deliveries;

	private final WebhookEndpointRepository endpoints;

	private final DeliveryDispatcher dispatcher;

	private final int maxAttempts;

	DeliveryController(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, DeliveryDispatcher dispatcher,
			NotificationsProperties properties) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.dispatcher = dispatcher;
		this.maxAttempts = properties.webhooks().maxAttempts();
	}

	/** Newest first; {@code endpoint} and {@code status} (pending, succeeded, dead) narrow it down. */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	Map<String, Object> list(@RequestParam(required = false) UUID endpoint, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		WebhookDeliveryStatus wanted = status == null ? null : WebhookDeliveryStatus.ofCode(status)
			.orElseThrow(() -> new Problem(ProblemType.INVALID_PARAMETER, "Parameter 'status' must be one of "
					+ Arrays.stream(WebhookDeliveryStatus.values()).map(WebhookDeliveryStatus::code).toList() + ", got '" + status
					+ "'.", Map.of("parameter", "status")));
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<DeliveryView> items = deliveries.page(endpoint, wanted, page).stream().map(DeliveryView::of).toList();
		String next = items.size() == page.limit() ? NewestFirstPage.after(items.getLast().id()) : null;
		return next == null ? Map.of("items", items) : Map.of("items", items, "nextCursor", next);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	DeliveryView get(@PathVariable UUID id) {
		return deliveries.find(id).map(DeliveryView::of).orElseThrow(() -> Problem.notFound("webhook delivery", id));
	}

	/** A dead-lettered delivery gets a new round of attempts, starting now. */
	@PostMapping("/{id}/redeliver")
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	DeliveryView redeliver(@PathVariable UUID id) {
		Delivery delivery = deliveries.find(id).orElseThrow(() -> Problem.notFound("webhook delivery", id));
		if (endpoints.find(delivery.endpointId()).isEmpty()) {
			throw new Problem(NotificationsProblems.ENDPOINT_DELETED, "The endpoint " + delivery.endpointId()
					+ " of this delivery was deleted. Register the URL again to receive new events.");
		}
		if (!deliveries.redeliver(id, maxAttempts)) {
			throw new Problem(NotificationsProblems.DELIVERY_NOT_DEAD, "Only dead-lettered deliveries can be redelivered; this one is "
					+ delivery.status().code() + ". A pending delivery is retried by itself.");
		}
		dispatcher.wake();
		return deliveries.find(id).map(DeliveryView::of).orElseThrow();
	}

	record DeliveryView(UUID id, UUID eventId, String eventType, UUID endpointId, String status, int maxAttempts,
			@Schema(nullable = true) Instant nextAttemptAt, Instant createdAt, List<AttemptView> attempts) {

		static DeliveryView of(Delivery delivery) {
			List<AttemptView> attempts = delivery.attempts().stream().map(AttemptView::of).toList();
			return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.endpointId(),
					delivery.status().code(), delivery.maxAttempts(), delivery.nextAttemptAt(), delivery.createdAt(), attempts);
		}
	}

	record AttemptView(Instant at, long durationMs, @Schema(nullable = true) Integer responseCode,
			@Schema(nullable = true) String error) {

		static AttemptView of(Attempt attempt) {
			return new AttemptView(attempt.at(), attempt.durationMillis(), attempt.responseCode(), attempt.error());
		}
	}
}
