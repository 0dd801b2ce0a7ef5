package dev.plaza.storefront.web;

import java.util.Optional;

import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderLinks;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Signed links to an order's page: whoever holds one (the customer, from the confirmation e-mail) sees the order
 * without an account; a wrong or missing signature finds nothing. The signature is an HMAC of the tenant and the
 * order id with the storefront's secret. Also the orders module's {@link OrderLinks}: its confirmation e-mail
 * carries the link.
 */
@Component
class OrderSignatures implements OrderLinks {

	private final Visitors visitors;

	private final Environment environment;

	OrderSignatures(Visitors visitors, Environment environment) {
		this.visitors = visitors;
		this.environment = environment;
	}

	String of(TenantId tenant, OrderId order) {
		return visitors.sign("order:" + tenant + ":" + order);
	}

	boolean holds(TenantId tenant, OrderId order, String signature) {
		return Visitors.equal(of(tenant, order), signature);
	}

	/** The order's page on this site, signed. */
	String link(Site site, OrderId order) {
		return site.link("/orders/" + order + "?sig=" + of(site.tenant(), order));
	}

	/**
	 * The order's page under the {@code /t/{tenant}} prefix, which serves every tenant's storefront, of where people
	 * reach Plaza: {@code plaza.public-url}, else {@code http://127.0.0.1:<port>} with the port the server bound.
	 */
	@Override
	public Optional<String> linkTo(OrderId order) {
		String publicUrl = environment.getProperty("plaza.public-url", "");
		String origin = publicUrl.isBlank() ? "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080")
				: publicUrl.replaceAll("/$", "");
		return TenantContext.current().map(tenant -> origin + "/t/" + tenant + "/orders/" + order + "?sig=" + of(tenant, order));
	}
}
