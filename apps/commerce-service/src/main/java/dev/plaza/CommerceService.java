package dev.plaza;

import dev.plaza.identity.remote.RemoteIdentity;
import dev.plaza.identity.remote.RemotePeople;
import dev.plaza.ledger.remote.RemoteLedger;
import dev.plaza.products.remote.RemoteProductCatalog;
import dev.plaza.tenancy.remote.RemoteTenancy;
import dev.plaza.venues.remote.RemoteVenues;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * commerce-service: seat holds and stock reservations, orders, payments and notifications — the
 * write path of a sale — with configuration per country and bulk onboarding. It reads showtimes and
 * products from catalog-service, posts settlements to ledger-service, and hears the venues' and
 * ledger's events over Kafka; onboarding founds organizations and invites their owners at
 * identity-service and asks the KYB provider at {@code plaza.onboarding.kyb.target}.
 */
@SpringBootApplication(scanBasePackages = { "dev.plaza.platform", "dev.plaza.events", "dev.plaza.audit",
		"dev.plaza.reservations", "dev.plaza.inventory", "dev.plaza.orders", "dev.plaza.payments",
		"dev.plaza.notifications", "dev.plaza.rules", "dev.plaza.onboarding" })
@Import({ RemoteIdentity.class, RemotePeople.class, RemoteTenancy.class, RemoteVenues.class, RemoteProductCatalog.class, RemoteLedger.class })
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza commerce-service", sharedModules = "platform")
public class CommerceService {

	public static void main(String[] args) {
		SpringApplication.run(CommerceService.class, args);
	}
}
