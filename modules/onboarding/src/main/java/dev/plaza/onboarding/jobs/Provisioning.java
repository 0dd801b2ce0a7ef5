package dev.plaza.onboarding.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import dev.plaza.identity.Invitations;
import dev.plaza.identity.Invitations.OwnerInvitation;
import dev.plaza.ledger.Postings;
import dev.plaza.onboarding.application.OnboardingProperties;
import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.OnboardingItem;
import dev.plaza.onboarding.persistence.BusinessRegistry;
import dev.plaza.onboarding.persistence.BusinessRegistry.Registered;
import dev.plaza.onboarding.persistence.ItemRepository;
import dev.plaza.onboarding.persistence.Outcome;
import dev.plaza.onboarding.persistence.StoredItem;
import dev.plaza.orders.SettlementAccounts;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.Organizations;
import dev.plaza.tenancy.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Provisions verified businesses, exactly once per country and tax id: the organization (its slug
 * derived from both, such as {@code es-b12345674}) with its three tenants, its contact invited as
 * owner, its ledger accounts opened in each tenant, and its country's configuration adopted by each.
 * Every step finds what an earlier attempt did and adds nothing, so an item provisioned again after
 * a crash, or the same business uploaded again, creates nothing new. A step that fails leaves the
 * item verified, to be tried again later.
 */
@Component
class Provisioning {

	private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

	private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

	private final ItemRepository items;

	private final BusinessRegistry registry;

	private final Organizations organizations;

	private final Invitations invitations;

	private final Postings postings;

	private final Configurations configurations;

	private final OnboardingProperties properties;

	private final Semaphore inFlight;

	private final ExecutorService provisioners = Executors.newVirtualThreadPerTaskExecutor();

	Provisioning(ItemRepository items, BusinessRegistry registry, Organizations organizations, Invitations invitations,
			Postings postings, Configurations configurations, OnboardingProperties properties) {
		this.items = items;
		this.registry = registry;
		this.organizations = organizations;
		this.invitations = invitations;
		this.postings = postings;
		this.configurations = configurations;
		this.properties = properties;
		this.inFlight = new Semaphore(properties.provisioningConcurrency());
	}

	/** Provisions one chunk; whether there was one. */
	boolean provisionChunk(UUID owner, Scoped scoped) {
		List<StoredItem> claimed = scoped.inTransaction(() -> items.claim(Set.of(ItemState.VERIFIED),
				properties.provisioningConcurrency(), owner, properties.lease()));
		if (claimed.isEmpty()) {
			return false;
		}
		List<Future<Outcome>> provisioned = new ArrayList<>(claimed.size());
		for (StoredItem item : claimed) {
			provisioned.add(provisioners.submit(() -> provision(item, scoped)));
		}
		List<Outcome> outcomes = new ArrayList<>(claimed.size());
		for (Future<Outcome> outcome : provisioned) {
			outcomes.add(await(outcome));
		}
		scoped.inTransaction(() -> {
			items.write(owner, outcomes);
			return null;
		});
		return true;
	}

	private Outcome provision(StoredItem item, Scoped scoped) throws InterruptedException {
		inFlight.acquire();
		try {
			return TenantContext.callAs(TenantId.PLATFORM, () -> steps(item, scoped));
		}
		catch (RuntimeException ex) {
			log.warn("Provisioning item {} failed; trying again in {}", item.id(), AFTER_FAILURE, ex);
			return new Outcome(item.aggregate(), Instant.now().plus(AFTER_FAILURE), null, null);
		}
		finally {
			inFlight.release();
		}
	}

	private Outcome steps(StoredItem stored, Scoped scoped) {
		Business business = stored.business();
		Country country = Country.of(business.country().toUpperCase(Locale.ROOT));
		String taxId = normalTaxId(business.taxId());
		List<Tenant> tenants = organizations.found(slug(country, taxId), business.legalName());
		OrganizationId organization = tenants.getFirst().organization();
		Registered registered = scoped.inTransaction(
				() -> registry.register(country.code(), taxId, organization.value(), stored.id()));
		OwnerInvitation invitation = invitations.inviteOwner(organization, business.contactEmail(), business.contactName());
		Currency currency = configurations.country(country, Instant.now()).currency();
		for (Tenant tenant : tenants) {
			TenantContext.runAs(tenant.id(), () -> postings.open(SettlementAccounts.of(tenant.id(), currency)));
			configurations.adopt(tenant.id(), country);
		}
		OnboardingItem item = stored.aggregate().provisioned();
		return new Outcome(item, null, organization.value(), note(registered, invitation, organization));
	}

	private static String note(Registered registered, OwnerInvitation invitation, OrganizationId organization) {
		String founded = registered.firstTime() ? "Founded organization " + organization + "."
				: "Already provisioned as organization " + organization + " by an earlier upload; nothing new was created.";
		return switch (invitation) {
			case INVITED -> founded + " Its contact was invited as owner.";
			case ALREADY_MEMBER -> founded;
			case EMAIL_TAKEN -> founded + " Its contact's e-mail belongs to a person of another organization, so nobody was invited.";
		};
	}

	/** The tax id as the registry keys it: letters and digits only, upper case ({@code B-1234.5674} is {@code B12345674}). */
	static String normalTaxId(String taxId) {
		return taxId.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
	}

	static String slug(Country country, String taxId) {
		return (country.code() + "-" + taxId).toLowerCase(Locale.ROOT);
	}

	private static Outcome await(Future<Outcome> outcome) {
		try {
			return outcome.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while provisioning", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Provisioning an item failed", ex.getCause());
		}
	}
}
