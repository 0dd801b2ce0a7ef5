package dev.plaza.ledger.remote;

import dev.plaza.ledger.Postings;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's {@link Postings} for a service app that does not hold the ledger: import this and
 * set {@code plaza.services.ledger-url}; postings then go to ledger-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.ledger-url")
public class RemoteLedger {

	@Bean
	Postings postings(ServiceClients clients, ServicesProperties services) {
		return new RemotePostings(clients.client("ledger", services.ledgerUrl(), PostingsApi.class));
	}
}
