package dev.plaza.fuzz;

/** A tenant the fuzz test calls as: a client of its organization's demo tenant holding every tenant scope. */
record FuzzTenant(String name, String tenantId, String organizationId, String token, KnownIds ids) {

	boolean ownsTenantParameter(String parameter) {
		return parameter.toLowerCase().contains("tenant");
	}
}
