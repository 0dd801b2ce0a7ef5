package dev.plaza.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import dev.plaza.gateway.GatewayProperties;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.stereotype.Component;

/**
 * The services' instances as configured ({@code plaza.gateway.upstreams}), for Spring Cloud LoadBalancer to
 * choose from in turn. A service without instances of its own is served by the default service's.
 */
@Component
class Upstreams implements DiscoveryClient {

	private final GatewayProperties properties;

	Upstreams(GatewayProperties properties) {
		this.properties = properties;
	}

	@Override
	public String description() {
		return "Plaza services from plaza.gateway.upstreams";
	}

	@Override
	public List<ServiceInstance> getInstances(String service) {
		List<URI> urls = properties.upstreamsOf(service);
		return urls.stream()
			.<ServiceInstance>map(url -> new DefaultServiceInstance(service + "-" + urls.indexOf(url), service,
					url.getHost(), port(url), "https".equals(url.getScheme())))
			.toList();
	}

	@Override
	public List<String> getServices() {
		return Stream.concat(properties.upstreams().keySet().stream(), properties.routes().keySet().stream())
			.distinct()
			.toList();
	}

	private static int port(URI url) {
		if (url.getPort() > 0) {
			return url.getPort();
		}
		return "https".equals(url.getScheme()) ? 443 : 80;
	}
}
