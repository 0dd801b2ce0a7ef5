package dev.plaza.identity.web;

import java.util.UUID;

import dev.plaza.identity.application.PeopleProblems;
import dev.plaza.identity.application.SecondFactors;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in person's own TOTP second factor: start enrolment (a secret to add to an
 * authenticator app), then confirm it with a current code. Needs a person's token (its {@code sub}
 * is their id), whatever its scopes.
 */
@RestController
@RequestMapping("/api/v1/me/second-factor")
class SecondFactorController {

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	/** A new secret, answered once, as text and as an {@code otpauth://} URI; enrolled only once confirmed. */
	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@ApiResponse(responseCode = "201")
	@ApiResponse(responseCode = "403", description = "The token is not a person's (type not-a-person)")
	@ApiResponse(responseCode = "409", description = "A second factor is already enrolled")
	ResponseEntity<SecondFactors.Enrolment> start() {
		return ResponseEntity.status(201).body(secondFactors.start(person()));
	}

	/** Confirms enrolment with the code the authenticator app shows now; from then on login asks for a code. */
	@PostMapping(path = "/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("isAuthenticated()")
	@ApiResponse(responseCode = "204")
	@ApiResponse(responseCode = "403", description = "The token is not a person's (type not-a-person)")
	@ApiResponse(responseCode = "409", description = "No enrolment was started, or it is confirmed already")
	ResponseEntity<Void> confirm(@RequestBody Confirmation request) {
		secondFactors.confirm(person(), request.code());
		return ResponseEntity.noContent().build();
	}

	record Confirmation(String code) {
	}

	private static UUID person() {
		return StaffCallers.current().member().orElseThrow(() -> new Problem(PeopleProblems.NOT_A_PERSON,
				"Only a person's token (from logging in) has a second factor; this token is an API client's."));
	}
}
