package dev.plaza.identity.web.login;

import java.util.List;

import dev.plaza.identity.application.LoginRefused;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.StaffLoginAttempted;
import dev.plaza.identity.application.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a person's e-mail and password with {@link StaffLogin}; the accepted authentication's
 * principal is the {@link StaffMember}. Every attempt is announced as {@link StaffLoginAttempted};
 * an accepted password is a login only when no second factor is due.
 */
class StaffPasswords implements AuthenticationProvider {

	private final StaffLogin staff;

	private final ApplicationEventPublisher events;

	StaffPasswords(StaffLogin staff, ApplicationEventPublisher events) {
		this.staff = staff;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = (String) authentication.getDetails();
		StaffMember member;
		try {
			member = staff.authenticate(email, String.valueOf(authentication.getCredentials()), address);
		}
		catch (LoginRefused refused) {
			events.publishEvent(StaffLoginAttempted.refused(email, refused.reason(), address));
			throw refused;
		}
		if (!member.secondFactor()) {
			events.publishEvent(new StaffLoginAttempted(email, member.id(), member.organization(),
					StaffLoginAttempted.Outcome.LOGGED_IN, address));
		}
		return UsernamePasswordAuthenticationToken.authenticated(member, null, List.of());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
