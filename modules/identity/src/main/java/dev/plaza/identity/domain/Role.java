package dev.plaza.identity.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person may do in an organization's tenants, as a set of OAuth 2.0 scopes. A person's token
 * carries the union of its roles' scopes, narrowed to what the client asked for. A module that adds
 * scopes names here which roles hold them.
 */
public enum Role {

	/** Everything, including making and unmaking owners (billing joins when Plaza bills). */
	OWNER(Scopes.OWNER),

	/** Everything but ownership: an admin cannot make or unmake owners. */
	ADMIN(Scopes.ADMIN),

	/** Day-to-day writes: catalog, stock, orders, refunds, campaigns; and every read. */
	OPERATOR(Scopes.OPERATOR),

	/** Every read and the reports; nothing that changes anything. */
	ANALYST(Scopes.ANALYST),

	/** Customer care: reads orders, payments and e-mails, and refunds within the support limit. */
	SUPPORT(Scopes.SUPPORT);

	private final Set<String> scopes;

	Role(Set<String> scopes) {
		this.scopes = scopes;
	}

	public Set<String> scopes() {
		return scopes;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Role> ofCode(String code) {
		return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
	}

	/** The scopes of all the roles together. */
	public static Set<String> scopesOf(Collection<Role> roles) {
		return roles.stream().flatMap(role -> role.scopes.stream()).collect(Collectors.toCollection(TreeSet::new));
	}

	private static final class Scopes {

		/** What the business's own records say: the reads day-to-day work needs. */
		static final Set<String> BUSINESS_READS = Set.of("tenant:read", "ledger:read", "payments:read",
				"notifications:read", "orders:read", "lending:read");

		static final Set<String> OPERATIONS = Set.of("ledger:write", "catalog:write", "reservations:write",
				"payments:write", "notifications:write", "orders:write", "lending:write");

		/** Every read: the business's records, its people and its audit log. */
		static final Set<String> ANALYST = union(BUSINESS_READS, Set.of("users:read", "audit:read"));

		static final Set<String> OPERATOR = union(BUSINESS_READS, OPERATIONS);

		static final Set<String> ADMIN = union(union(ANALYST, OPERATOR), Set.of("users:write", "clients:write", "config:write",
				"onboarding:write"));

		static final Set<String> OWNER = ADMIN;

		static final Set<String> SUPPORT = Set.of("tenant:read", "orders:read", "payments:read", "notifications:read",
				"orders:refund");

		private static Set<String> union(Set<String> first, Set<String> second) {
			return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
		}
	}
}
