package dev.plaza.tenancy.remote;

import java.util.List;

import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link Organizations} to the other services (onboarding's provisioning), in the platform scope their call names. */
@RestController
class OrganizationsEndpoint implements OrganizationsApi {

	private final Organizations organizations;

	OrganizationsEndpoint(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public List<Tenant> found(String slug, Founding founding) {
		return organizations.found(slug, founding == null ? null : founding.name());
	}

	/** A slug or name that is not one: the interface's own refusal, which its caller turns back into an exception. */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refused(IllegalArgumentException refusal) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusal.getMessage());
	}
}
