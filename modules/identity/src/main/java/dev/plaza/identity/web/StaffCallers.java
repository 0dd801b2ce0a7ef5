package dev.plaza.identity.web;

import dev.plaza.identity.application.StaffCaller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, as the people services judge it. */
final class StaffCallers {

	private StaffCallers() {
	}

	static StaffCaller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean platformAdmin = authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> TenantBindingFilter.PLATFORM_ADMIN.equals(granted.getAuthority()));
		return StaffCaller.of(platformAdmin, authentication.getName());
	}
}
