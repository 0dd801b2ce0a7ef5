package dev.plaza.tenancy.remote;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.web.bind.annotation.RestController;

/** Serves the {@link TenantDirectory} to the other services, in the tenant scope their call names. */
@RestController
class TenantDirectoryEndpoint implements TenantDirectoryApi {

	private final TenantDirectory directory;

	TenantDirectoryEndpoint(TenantDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Tenant find(UUID id) {
		return directory.find(new TenantId(id)).orElse(null);
	}

	@Override
	public TenantId servedAt(String host) {
		return directory.servedAt(host).orElse(null);
	}

	@Override
	public List<TenantId> all() {
		return directory.all();
	}

	@Override
	public TenantId tenantOf(UUID organization, String environment) {
		return Arrays.stream(Environment.values())
			.filter(known -> known.code().equals(environment))
			.findFirst()
			.flatMap(known -> directory.tenantOf(new OrganizationId(organization), known))
			.orElse(null);
	}
}
