package dev.plaza.lending.web;

import java.net.URI;
import java.util.UUID;

import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.application.ApplicationChannel;
import dev.plaza.lending.application.LoanApplicationView;
import dev.plaza.lending.application.LoanApplications;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.PublicSubmissions;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applicants apply and follow their application: without a token on a lender's storefront domain (that
 * lender only), or through the marketplace with a {@code lending:write} token (every lender that fits).
 */
@RestController
@RequestMapping(LoanApplicationController.PATH)
class LoanApplicationController {

	static final String PATH = "/api/v1/lending/applications";

	private final LoanApplications applications;

	LoanApplicationController(LoanApplications applications) {
		this.applications = applications;
	}

	/** A storefront visitor applies on the lender's own domain without a token. */
	@Bean
	static PublicSubmissions applyingIsPublicOnAStorefront() {
		return PublicSubmissions.of(PATH);
	}

	/** The applicant follows the application on the same domain. */
	@Bean
	static PublicReads followingIsPublicOnAStorefront() {
		return PublicReads.of(PATH + "/{id}");
	}

	/**
	 * Submits an application: 201 with its status URL and the application as its applicant follows it; 400
	 * naming every field to fix; 422 on the marketplace without consentToShare, or for a country Plaza does not
	 * serve. Without a token only on a lender's storefront domain.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("isAnonymous() or hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<LoanApplicationView> submit(@RequestBody LoanApplicationRequest request) {
		LoanApplicationView application = applications.submit(request.validated(), channel());
		return ResponseEntity.created(URI.create(PATH + "/" + application.id())).body(application);
	}

	/** The application with each lender's decision so far; 404 unless the caller's tenant (or storefront) made it. */
	@GetMapping("/{id}")
	@PreAuthorize("isAnonymous() or hasAnyAuthority('SCOPE_lending:read', 'SCOPE_lending:write')")
	LoanApplicationView get(@PathVariable UUID id) {
		return applications.view(new LoanApplicationId(id));
	}

	private static ApplicationChannel channel() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken
				? ApplicationChannel.STOREFRONT : ApplicationChannel.MARKETPLACE;
	}
}
