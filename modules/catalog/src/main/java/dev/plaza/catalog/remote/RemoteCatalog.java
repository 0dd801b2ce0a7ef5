package dev.plaza.catalog.remote;

import dev.plaza.catalog.Products;
import dev.plaza.catalog.Showtimes;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog's published reads for a service app that does not hold the catalog: import this
 * and set {@code plaza.services.catalog-url}; they are then answered by catalog-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.catalog-url")
public class RemoteCatalog {

	private static final String SERVICE = "catalog";

	@Bean
	Showtimes showtimes(ServiceClients clients, ServicesProperties services) {
		return new RemoteShowtimes(clients.client(SERVICE, services.catalogUrl(), ShowtimesApi.class));
	}

	@Bean
	Products products(ServiceClients clients, ServicesProperties services) {
		return new RemoteProducts(clients.client(SERVICE, services.catalogUrl(), ProductsApi.class));
	}
}
