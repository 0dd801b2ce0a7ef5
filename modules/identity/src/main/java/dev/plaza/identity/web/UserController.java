package dev.plaza.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.audit.PersonalDataRead;
import dev.plaza.identity.application.People;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.identity.application.StaffProfile;
import dev.plaza.identity.domain.Role;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organization's people (staff users). The platform operator and the organization's owners and
 * admins ({@code users:write}) invite, change and delete them; {@code users:read} lists them. A
 * token of another organization's tenant finds no such organization.
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/users")
class UserController {

	static final String MERGE_PATCH = "application/merge-patch+json";

	private final People people;

	UserController(People people) {
		this.people = people;
	}

	/**
	 * Invites a person: they are e-mailed a one-time link, valid 72 hours, to choose their password;
	 * until then their status is {@code invited}. Only an owner may grant {@code owner}.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_users:write', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "403", description = "The token lacks users:write, or grants owner without being an owner's")
	@ApiResponse(responseCode = "409", description = "Someone already has the e-mail address (type email-taken)")
	ResponseEntity<UserView> invite(@PathVariable UUID orgId, @RequestBody NewUser request) {
		StaffProfile invited = people.invite(StaffCallers.current(), new OrganizationId(orgId), request.email(), request.name(),
				request.roles(), request.environments());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + orgId + "/users/" + invited.id()))
			.body(UserView.of(invited));
	}

	/** The organization's people, newest first, a page at a time: pass {@code nextCursor} back as {@code cursor}. */
	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_users:read', 'SCOPE_users:write', 'SCOPE_platform:admin')")
	@PersonalDataRead(resource = "user")
	Map<String, Object> list(@PathVariable UUID orgId, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		NewestFirstPage page = NewestFirstPage.of(cursor, limit);
		List<UserView> items = people.page(new OrganizationId(orgId), page).stream().map(UserView::of).toList();
		return items.size() < page.limit() ? Map.of("items", items)
				: Map.of("items", items, "nextCursor", NewestFirstPage.after(items.getLast().id()));
	}

	@GetMapping("/{userId}")
	@PreAuthorize("hasAnyAuthority('SCOPE_users:read', 'SCOPE_users:write', 'SCOPE_platform:admin')")
	@PersonalDataRead(resource = "user")
	UserView get(@PathVariable UUID orgId, @PathVariable UUID userId) {
		return UserView.of(people.get(new OrganizationId(orgId), userId));
	}

	/**
	 * Changes what is given (JSON merge patch; absent fields stay). Suspending ends the person's
	 * sessions and tokens at once. The organization keeps at least one active owner.
	 */
	@PatchMapping(path = "/{userId}", consumes = { MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAnyAuthority('SCOPE_users:write', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "403", description = "The token lacks users:write, or changes an owner without being an owner's")
	@ApiResponse(responseCode = "409", description = "The change would leave the organization without an active owner (type last-owner)")
	UserView change(@PathVariable UUID orgId, @PathVariable UUID userId, @RequestBody UserChanges request) {
		return UserView.of(people.change(StaffCallers.current(), new OrganizationId(orgId), userId,
				new People.Changes(request.name(), request.roles(), request.environments(), request.status())));
	}

	/** Deletes the person: their sessions and tokens end at once, and their e-mail may be invited again. */
	@DeleteMapping("/{userId}")
	@PreAuthorize("hasAnyAuthority('SCOPE_users:write', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "204")
	@ApiResponse(responseCode = "409", description = "The person is the organization's only active owner (type last-owner)")
	ResponseEntity<Void> delete(@PathVariable UUID orgId, @PathVariable UUID userId) {
		people.delete(StaffCallers.current(), new OrganizationId(orgId), userId);
		return ResponseEntity.noContent().build();
	}

	/** E-mails a new invitation link to a person who has not activated yet; the earlier link stops working. */
	@PostMapping("/{userId}/invitation")
	@PreAuthorize("hasAnyAuthority('SCOPE_users:write', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "202")
	@ApiResponse(responseCode = "409", description = "The person already activated their account")
	ResponseEntity<UserView> reinvite(@PathVariable UUID orgId, @PathVariable UUID userId) {
		return ResponseEntity.accepted().body(UserView.of(people.reinvite(new OrganizationId(orgId), userId)));
	}

	record NewUser(String email, String name, List<String> roles, List<String> environments) {
	}

	record UserChanges(String name, List<String> roles, List<String> environments, String status) {
	}

	/** A person, without password hash, TOTP secret or tokens. */
	record UserView(UUID id, String email, String name, List<String> roles, List<String> environments, String status,
			boolean secondFactor, Instant createdAt) {

		static UserView of(StaffProfile person) {
			return new UserView(person.id(), person.email(), person.name(),
					person.roles().stream().sorted().map(Role::code).toList(),
					person.environments().stream().sorted().map(Environment::code).toList(), person.status().code(),
					person.secondFactor(), person.createdAt());
		}
	}
}
