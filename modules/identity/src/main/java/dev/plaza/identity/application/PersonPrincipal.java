package dev.plaza.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.tenancy.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person who finished logging in, as the browser session and the authorizations they grant
 * remember them: their member id as the name, the environment they chose as an authority. Built
 * only of types the authorization store can write and read back (Spring Security's own).
 */
public final class PersonPrincipal {

	static final String PERSON = "PERSON";

	private static final String ENVIRONMENT = "ENVIRONMENT_";

	private static final String TOTP = "FACTOR_TOTP";

	private PersonPrincipal() {
	}

	/**
	 * The person, logged into the environment, who gave their password at {@code passwordAt} and, when
	 * not null, a TOTP code at {@code secondFactorAt} (ID tokens say when in {@code auth_time}).
	 */
	public static Authentication of(UUID memberId, Environment environment, Instant passwordAt, Instant secondFactorAt) {
		List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(PERSON),
				new SimpleGrantedAuthority(ENVIRONMENT + environment.code()),
				FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(passwordAt).build()));
		if (secondFactorAt != null) {
			authorities.add(FactorGrantedAuthority.withAuthority(TOTP).issuedAt(secondFactorAt).build());
		}
		return UsernamePasswordAuthenticationToken.authenticated(memberId.toString(), null, authorities);
	}

	/** The member, when the authentication is a person's who finished logging in. */
	public static Optional<UUID> memberOf(Authentication authentication) {
		if (authentication == null || !has(authentication, PERSON)) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(authentication.getName()));
	}

	public static Optional<Environment> environmentOf(Authentication authentication) {
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ENVIRONMENT))
			.map(authority -> Environment.fromCode(authority.substring(ENVIRONMENT.length())))
			.findFirst();
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
	}
}
