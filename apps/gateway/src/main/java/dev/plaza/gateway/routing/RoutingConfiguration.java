package dev.plaza.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.preserveHostHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import java.net.http.HttpClient;

import dev.plaza.gateway.GatewayProperties;
import dev.plaza.platform.web.ProblemResponses;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One gateway route per configured path pattern, to its service's instances in turn, and a last one that
 * sends everything else to the default service. (Paths under {@code /internal/} never get here:
 * {@code edge.InternalPathsFilter} answers them.) The caller's headers go on as they came (Authorization,
 * Idempotency-Key, X-Request-Id, Host), with X-Forwarded-For, -Proto, -Host and -Port added.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	RouterFunction<ServerResponse> plazaRoutes(GatewayProperties properties, ProblemResponses problems) {
		// Built from the end: the most specific pattern is tried first, the default service last.
		RouterFunction<ServerResponse> routes = toService(properties.defaultService(), "/**", properties, problems);
		for (RouteTable.Entry entry : RouteTable.of(properties.routes()).entries().reversed()) {
			routes = toService(entry.service(), entry.pattern().getPatternString(), properties, problems).and(routes);
		}
		return routes;
	}

	/** HTTP/1.1 to the services: the JDK client would otherwise offer every request an h2c upgrade. */
	@Bean
	ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
		return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
	}

	private static RouterFunction<ServerResponse> toService(String service, String pattern,
			GatewayProperties properties, ProblemResponses problems) {
		int instances = Math.max(1, properties.upstreamsOf(service).size());
		return route(service + ":" + pattern).route(RequestPredicates.path(pattern), http())
			.filter(new UpstreamFailures(service, problems, properties.responseTimeout()))
			.filter(new RetryRefusedConnections(instances))
			.filter(lb(service))
			// Plaza tells a storefront's tenant by the Host it is called at, and names it in token issuers.
			.before(preserveHostHeader())
			.build();
	}
}
