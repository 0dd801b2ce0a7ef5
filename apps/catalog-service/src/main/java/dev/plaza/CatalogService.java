package dev.plaza;

import dev.plaza.identity.remote.RemoteIdentity;
import dev.plaza.tenancy.remote.RemoteTenancy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * catalog-service: the catalog (venues, products, media), its search and the storefront's public pages, which carry most of
 * the read traffic. commerce-service reads showtimes and products here.
 */
@SpringBootApplication(scanBasePackages = { "dev.plaza.platform", "dev.plaza.events", "dev.plaza.audit",
		"dev.plaza.venues", "dev.plaza.products", "dev.plaza.media", "dev.plaza.search", "dev.plaza.storefront" })
@Import({ RemoteIdentity.class, RemoteTenancy.class })
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza catalog-service", sharedModules = "platform")
public class CatalogService {

	public static void main(String[] args) {
		SpringApplication.run(CatalogService.class, args);
	}
}
