package dev.plaza.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.application.TenantDirectoryService;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.Organization.EnvironmentTenant;
import dev.plaza.tenancy.domain.OrganizationSlug;
import dev.plaza.tenancy.domain.StorefrontDomain;
import dev.plaza.tenancy.persistence.StorefrontDomainRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Tenancy on its own, as identity, search and the storefront use it: organizations founded by the
 * platform operator, and {@link TenantDirectory} answering for the tenant bound to the call, on a real
 * PostgreSQL with row-level security. Module tests share one test instance, so each test founds an
 * organization of its own.
 */
@ApplicationModuleTest
class TenancyModuleTest {

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantDirectoryService organizations;

	@Autowired
	StorefrontDomainRepository domains;

	@Test
	void foundingAnOrganizationOpensOneTenantPerEnvironment() {
		Organization cinema = found("Cinemex");

		assertThat(cinema.tenants()).extracting(EnvironmentTenant::environment)
			.containsExactly(Environment.DEMO, Environment.STAGING, Environment.PRODUCTION);
		EnvironmentTenant production = cinema.tenants().getLast();
		assertThat(TenantContext.callAs(production.id(), () -> directory.find(production.id())))
			.contains(new Tenant(production.id(), cinema.id(), cinema.slug().value(), "Cinemex", Environment.PRODUCTION));
	}

	@Test
	void aSlugNamesOneOrganization() {
		Organization first = found("First");

		assertThatThrownBy(() -> TenantContext.runAs(TenantId.PLATFORM,
				() -> organizations.foundOrganization(first.slug(), "Second")))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT))
			.hasMessageContaining("'" + first.slug().value() + "' already exists");
	}

	@Test
	void aTenantFindsOnlyItselfNotEvenItsOtherEnvironments() {
		Organization shop = found("Shop");
		TenantId demo = shop.tenants().getFirst().id();
		TenantId production = shop.tenants().getLast().id();
		TenantId otherOrganizations = found("Other").tenants().getFirst().id();

		TenantContext.runAs(demo, () -> {
			assertThat(directory.find(production)).isEmpty();
			assertThat(directory.find(otherOrganizations)).isEmpty();
			assertThat(directory.all()).containsExactly(demo);
		});
		assertThat(TenantContext.callAs(TenantId.PLATFORM, directory::all)).contains(demo, production, otherOrganizations);
	}

	@Test
	void aStorefrontHostServesTheTenantItIsMappedToUntilUnmapped() {
		TenantId shop = found("Shop").tenants().getLast().id();
		TenantId rival = found("Rival").tenants().getLast().id();
		StorefrontDomain host = new StorefrontDomain("shop-" + UUID.randomUUID() + ".localhost");

		assertThat(domains.map(host, shop)).isTrue();
		assertThat(domains.map(host, shop)).as("mapping again changes nothing").isFalse();
		assertThat(directory.servedAt(host.value().toUpperCase(Locale.ROOT) + ":8080")).contains(shop);
		assertThatThrownBy(() -> domains.map(host, rival)).isInstanceOfSatisfying(Problem.class,
				problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT));

		assertThat(domains.unmap(host, shop)).isTrue();
		assertThat(directory.servedAt(host.value())).isEmpty();
	}

	/** As the platform operator does it: a new organization with a unique slug. */
	private Organization found(String name) {
		OrganizationSlug slug = new OrganizationSlug(name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8));
		return TenantContext.callAs(TenantId.PLATFORM, () -> organizations.foundOrganization(slug, name));
	}
}
