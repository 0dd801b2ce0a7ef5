package dev.plaza.notifications.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.notifications.application.CampaignAdmin;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.notifications.application.NotificationsProblems;
import dev.plaza.notifications.domain.CampaignTemplate;
import dev.plaza.notifications.domain.Recipient;
import dev.plaza.notifications.persistence.CampaignRepository.Progress;
import dev.plaza.notifications.persistence.CampaignRepository.Summary;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
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

/**
 * A tenant e-mails many customers at once. A campaign starts at once, or, when created with
 * {@code "start": false}, stays a draft that takes recipients in several requests (one request
 * carries as many as fit in the request size limit) until it is started.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

	private final CampaignAdmin admin;

	CampaignController(CampaignAdmin admin) {
		this.admin = admin;
	}

	/** 201 with its progress; 400 for missing fields, 422 listing bad recipients or placeholders (nothing stored). */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<ProgressView> create(@RequestBody CampaignRequest request) {
		List<Recipient> recipients = request.recipients() == null ? List.of() : request.recipients();
		boolean start = request.start() == null || request.start();
		List<FieldError> invalid = new ArrayList<>();
		if (request.subject() == null || request.subject().isBlank()) {
			invalid.add(new FieldError("subject", "is required"));
		}
		else if (request.subject().length() > 500) {
			invalid.add(new FieldError("subject", "must be at most 500 characters"));
		}
		if (request.text() == null && request.html() == null) {
			invalid.add(new FieldError("text", "or html is required: the body of the e-mail, as plain text, HTML, or both"));
		}
		Problem.refuseIfAny(invalid);
		List<FieldError> templates = CampaignTemplate.problems(request.subject(), request.text(), request.html());
		if (!templates.isEmpty()) {
			throw Problem.invalidFields(NotificationsProblems.INVALID_TEMPLATE, "Fix these templates and retry: "
					+ templates.stream().map(error -> error.field() + "=" + error.reason()).collect(Collectors.joining(", ", "{", "}"))
					+ ".", templates);
		}
		RecipientList.refuseIfInvalid(recipients);
		UUID id = Ids.newId();
		Progress created;
		try {
			created = admin.create(id, request.subject(), request.text(), request.html(), recipients, start);
		}
		catch (Problem refused) {
			throw withHint(refused, id);
		}
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(ProgressView.of(created));
	}

	/** The tenant's campaigns, newest first, without counts (read those per campaign). */
	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	Map<String, Object> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<Summary> items = admin.page(page);
		return items.size() < page.limit() ? Map.of("items", items)
				: Map.of("items", items, "nextCursor", NewestFirstPage.after(items.getLast().id()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_notifications:read')")
	ProgressView get(@PathVariable UUID id) {
		return ProgressView.of(admin.progress(id));
	}

	/** Adds recipients to a draft; an address it already has is skipped. 422 listing bad ones (nothing stored). */
	@PostMapping(path = "/{id}/recipients", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	ProgressView addRecipients(@PathVariable UUID id, @RequestBody RecipientsRequest request) {
		List<Recipient> recipients = request.recipients() == null ? List.of() : request.recipients();
		RecipientList.refuseIfInvalid(recipients);
		return ProgressView.of(admin.addRecipients(id, recipients));
	}

	@PostMapping("/{id}/start")
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	ProgressView start(@PathVariable UUID id) {
		try {
			return ProgressView.of(admin.start(id));
		}
		catch (Problem refused) {
			throw withHint(refused, id);
		}
	}

	/** Stops sending: recipients not yet sent stay unsent. Cancelling again changes nothing. */
	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('SCOPE_notifications:write')")
	ProgressView cancel(@PathVariable UUID id) {
		return ProgressView.of(admin.cancel(id));
	}

	/** The campaign service says what is wrong; an API caller is told the call that fixes it. */
	private static Problem withHint(Problem refused, UUID campaign) {
		return refused.type().equals(NotificationsProblems.NO_RECIPIENTS)
				? refused.withHint("Add some with POST /api/v1/campaigns/" + campaign + "/recipients first.") : refused;
	}

	/**
	 * @param start false to keep it a draft and add recipients in further requests; true (the default) sends now
	 */
	record CampaignRequest(String subject, String text, String html, List<Recipient> recipients, Boolean start) {
	}

	record RecipientsRequest(List<Recipient> recipients) {
	}

	/**
	 * @param pending recipients not sent yet; for a cancelled campaign, never to be sent
	 * @param unknown recipients whose sending was interrupted by a crash: possibly delivered, never resent
	 */
	record ProgressView(UUID id, String subject, String status, int total, int pending, int sent, int failed,
			int unknown, Instant createdAt, @Schema(nullable = true) Instant startedAt,
			@Schema(nullable = true) Instant finishedAt) {

		static ProgressView of(Progress progress) {
			return new ProgressView(progress.id(), progress.subject(), progress.status().code(), progress.total(), progress.pending(),
					progress.sent(), progress.failed(), progress.unknown(), progress.createdAt(), progress.startedAt(),
					progress.finishedAt());
		}
	}
}
