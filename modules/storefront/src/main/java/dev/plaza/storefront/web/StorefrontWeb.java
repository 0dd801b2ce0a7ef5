package dev.plaza.storefront.web;

import dev.plaza.storefront.application.SellingProperties;
import dev.plaza.storefront.application.StorefrontProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StorefrontProperties.class, SellingProperties.class })
class StorefrontWeb implements WebMvcConfigurer {

	private final Sites sites;

	StorefrontWeb(Sites sites) {
		this.sites = sites;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SiteInterceptor(sites));
	}
}
