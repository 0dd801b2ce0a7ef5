package dev.plaza.tenancy.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.OrganizationSlug;
import dev.plaza.tenancy.domain.StorefrontDomain;
import dev.plaza.tenancy.persistence.OrganizationRepository;
import dev.plaza.tenancy.persistence.StorefrontDomainRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class TenantDirectoryService implements TenantDirectory, Organizations {

	private final OrganizationRepository organizations;

	private final StorefrontDomainRepository domains;

	private final TransactionTemplate platformReads;

	TenantDirectoryService(OrganizationRepository organizations, StorefrontDomainRepository domains,
			PlatformTransactionManager transactions) {
		this.organizations = organizations;
		this.domains = domains;
		this.platformReads = new TransactionTemplate(transactions);
		this.platformReads.setReadOnly(true);
	}

	@Transactional
	public Organization foundOrganization(OrganizationSlug slug, String name) {
		Organization organization = Organization.found(slug, name, Ids::newId);
		try {
			organizations.add(organization);
		}
		catch (DuplicateKeyException ex) {
			throw new Problem(ProblemType.CONFLICT,
					"An organization with slug '" + slug.value() + "' already exists. Choose another slug.");
		}
		return organization;
	}

	@Override
	@Transactional
	public List<Tenant> found(String slug, String name) {
		OrganizationSlug valid = new OrganizationSlug(slug);
		organizations.addIfAbsent(Organization.found(valid, name, Ids::newId));
		Organization organization = organizations.withSlug(valid).orElseThrow();
		return organization.tenants()
			.stream()
			.map(tenant -> new Tenant(tenant.id(), organization.id(), slug, organization.name(), tenant.environment()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Organization organization(OrganizationId id) {
		return organizations.find(id).orElseThrow(() -> Problem.notFound("organization", id));
	}

	@Transactional(readOnly = true)
	public List<Organization> organizations(UUID after, int limit) {
		return organizations.page(after, limit);
	}

	@Transactional(readOnly = true)
	public Optional<Organization> organizationWithSlug(OrganizationSlug slug) {
		return organizations.withSlug(slug);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Tenant> find(TenantId id) {
		return organizations.findTenant(id);
	}

	@Override
	public Optional<TenantId> servedAt(String hostHeader) {
		return StorefrontDomain.ofHostHeader(hostHeader).flatMap(domains::tenantServing);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TenantId> all() {
		return organizations.tenantIds();
	}

	@Override
	public Optional<TenantId> tenantOf(OrganizationId organization, Environment environment) {
		return TenantContext.callAs(TenantId.PLATFORM,
				() -> platformReads.execute(status -> organizations.tenantOf(organization, environment)));
	}
}
