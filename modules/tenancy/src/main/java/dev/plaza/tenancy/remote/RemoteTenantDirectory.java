package dev.plaza.tenancy.remote;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;

/**
 * The {@link TenantDirectory} of identity-service, for a service that does not hold tenancy. Every
 * public storefront request asks which tenant its host serves, so those answers are kept for a
 * short while: a domain mapped or unmapped reaches the other services within that time.
 */
final class RemoteTenantDirectory implements TenantDirectory {

	static final Duration HOSTS_KEPT = Duration.ofSeconds(30);

	private final TenantDirectoryApi identity;

	private final Cache<String, Optional<TenantId>> hosts = Caffeine.newBuilder()
		.expireAfterWrite(HOSTS_KEPT)
		.maximumSize(10_000)
		.build();

	RemoteTenantDirectory(TenantDirectoryApi identity) {
		this.identity = identity;
	}

	@Override
	public Optional<Tenant> find(TenantId id) {
		return Optional.ofNullable(identity.find(id.value()));
	}

	@Override
	public Optional<TenantId> servedAt(String hostHeader) {
		if (hostHeader == null || hostHeader.isBlank()) {
			return Optional.empty();
		}
		return hosts.get(hostHeader, host -> Optional.ofNullable(identity.servedAt(host)));
	}

	@Override
	public List<TenantId> all() {
		return identity.all();
	}

	@Override
	public Optional<TenantId> tenantOf(OrganizationId organization, Environment environment) {
		return Optional.ofNullable(identity.tenantOf(organization.value(), environment.code()));
	}
}
