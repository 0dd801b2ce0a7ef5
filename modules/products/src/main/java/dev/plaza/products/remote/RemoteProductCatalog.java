package dev.plaza.products.remote;

import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import dev.plaza.products.Products;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The products' published reads for a service app that does not hold them: import this and set
 * {@code plaza.services.catalog-url}; they are then answered by catalog-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.catalog-url")
public class RemoteProductCatalog {

	private static final String SERVICE = "catalog";

	@Bean
	Products products(ServiceClients clients, ServicesProperties services) {
		return new RemoteProducts(clients.client(SERVICE, services.catalogUrl(), ProductsApi.class));
	}
}
