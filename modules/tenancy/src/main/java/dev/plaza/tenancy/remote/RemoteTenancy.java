package dev.plaza.tenancy.remote;

import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link TenantDirectory} and {@link Organizations} for a service app that does not hold tenancy:
 * import this; with {@code plaza.services.identity-url} set, tenants are looked up, and organizations
 * founded, at identity-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.identity-url")
public class RemoteTenancy {

	@Bean
	TenantDirectory tenantDirectory(ServiceClients clients, ServicesProperties services) {
		return new RemoteTenantDirectory(clients.client("identity", services.identityUrl(), TenantDirectoryApi.class));
	}

	@Bean
	Organizations organizations(ServiceClients clients, ServicesProperties services) {
		return new RemoteOrganizations(clients.client("identity", services.identityUrl(), OrganizationsApi.class));
	}
}
