package dev.plaza;

import dev.plaza.identity.remote.RemoteIdentity;
import dev.plaza.tenancy.remote.RemoteTenancy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ledger-service: the double-entry ledger, for partners over its API and for commerce-service's settlements. */
@SpringBootApplication(scanBasePackages = { "dev.plaza.platform", "dev.plaza.events", "dev.plaza.audit",
		"dev.plaza.ledger" })
@Import({ RemoteIdentity.class, RemoteTenancy.class })
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza ledger-service", sharedModules = "platform")
public class LedgerService {

	public static void main(String[] args) {
		SpringApplication.run(LedgerService.class, args);
	}
}
