package dev.plaza.venues.remote;

import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import dev.plaza.venues.Showtimes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The venues' published reads for a service app that does not hold them: import this and set
 * {@code plaza.services.catalog-url}; they are then answered by catalog-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.catalog-url")
public class RemoteVenues {

	private static final String SERVICE = "catalog";

	@Bean
	Showtimes showtimes(ServiceClients clients, ServicesProperties services) {
		return new RemoteShowtimes(clients.client(SERVICE, services.catalogUrl(), ShowtimesApi.class));
	}
}
