package dev.plaza.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.oas.models.parameters.Parameter;
import tools.jackson.databind.json.JsonMapper;

/**
 * No tenant sees another's data: the other tenant asks for each of the owner's objects by id, with every
 * operation that takes one, and gets exactly what it gets for an id that exists nowhere; its lists name none
 * of the owner's ids.
 */
final class Isolation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Lists of the tenant's own requests: the audit log names the ids a tenant's requests named, another
	 * tenant's too when it tried one, which is what an auditor wants to see and tells it nothing it did not send.
	 */
	private static final Set<String> OWN_REQUESTS = Set.of("/api/v1/audit", "/api/v1/audit/export");

	private final Sender sender;

	private final GeneratedRequest.Maker maker;

	private final Findings findings;

	/** The collections whose objects were offered to the other tenant by id while their owner could read them. */
	private final Set<String> probed = new TreeSet<>();

	private int checks;

	Isolation(Sender sender, GeneratedRequest.Maker maker, Findings findings) {
		this.sender = sender;
		this.maker = maker;
		this.findings = findings;
	}

	Set<String> probed() {
		return probed;
	}

	int checks() {
		return checks;
	}

	void check(List<Endpoint> endpoints, FuzzTenant owner, FuzzTenant other) {
		for (Endpoint endpoint : endpoints) {
			if (Sender.isInternal(endpoint)) {
				continue;
			}
			List<Parameter> ids = endpoint.pathParameters();
			String query = maker.requiredQuery(endpoint, other);
			if (endpoint.isRead() && !OWN_REQUESTS.contains(endpoint.path())
					&& (ids.isEmpty() || (ids.size() == 1 && other.ownsTenantParameter(ids.getFirst().getName())))) {
				list(endpoint, query, owner, other);
			}
			if (ids.size() == 1) {
				String name = ids.getFirst().getName();
				List<String> owners = other.ownsTenantParameter(name) ? List.of(owner.tenantId())
						: owner.ids().in(endpoint.collectionOf(name)).stream().limit(3).toList();
				owners.forEach(id -> byId(endpoint, name, id, query, owner, other));
			}
		}
	}

	private void list(Endpoint endpoint, String query, FuzzTenant owner, FuzzTenant other) {
		Set<String> ownersIds = new LinkedHashSet<>(owner.ids().all());
		ownersIds.add(owner.tenantId());
		ownersIds.add(owner.organizationId());
		String path = endpoint.pathParameters().isEmpty() ? endpoint.path()
				: endpoint.path().replace("{" + endpoint.pathParameters().getFirst().getName() + "}", other.tenantId());
		Exchange list = sender.sendAsTenant(endpoint, new GeneratedRequest(path + query, null, null), other);
		checks++;
		ownersIds.stream()
			.filter(id -> list.answer() != null && list.answer().contains(id))
			.findFirst()
			.ifPresent(id -> findings.add("another tenant's id in a list", endpoint.name(), list,
					other.name() + " sees " + owner.name() + "'s " + id));
	}

	private void byId(Endpoint endpoint, String name, String id, String query, FuzzTenant owner, FuzzTenant other) {
		String path = endpoint.path().replace("{" + name + "}", id) + query;
		String elsewhere = endpoint.path().replace("{" + name + "}", UUID.randomUUID().toString()) + query;
		// One valid body for both calls, so only the id differs.
		GeneratedRequest valid = maker.make(endpoint, other, false);
		if (endpoint.isRead()) {
			// An object its owner cannot read (deleted by a generated request, say) proves nothing about isolation.
			if (sender.sendAsTenant(endpoint, new GeneratedRequest(path, null, null), owner).status() / 100 != 2) {
				return;
			}
			probed.add(endpoint.collectionOf(name));
		}
		Exchange foreign = sender.sendAsTenant(endpoint, new GeneratedRequest(path, valid.body(), null), other);
		Exchange missing = sender.sendAsTenant(endpoint, new GeneratedRequest(elsewhere, valid.body(), null), other);
		checks++;
		if (foreign.status() / 100 == 2 || foreign.status() != missing.status()
				|| !problemType(foreign).equals(problemType(missing))) {
			findings.add("another tenant's object answers unlike a missing one", endpoint.name(), foreign,
					other.name() + " used " + owner.name() + "'s " + id + "; an id that exists nowhere answers "
							+ missing.status() + " " + problemType(missing));
		}
	}

	private static String problemType(Exchange exchange) {
		try {
			return JSON.readTree(exchange.answer()).path("type").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}
}
