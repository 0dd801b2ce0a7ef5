package dev.plaza.storefront.web;

import java.net.URI;

import dev.plaza.orders.Carts;
import dev.plaza.orders.PlacedOrders;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.storefront.application.SellingProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the storefront sells through: carts and orders, payments, and the processor's hosted card page. An app
 * without the orders and payments modules (catalog-service in the scaled deployment) serves no selling page:
 * they answer not found there.
 */
@Component
class Selling {

	private final ObjectProvider<Carts> carts;

	private final ObjectProvider<PlacedOrders> orders;

	private final ObjectProvider<PaymentIntents> payments;

	private final URI cardPage;

	Selling(ObjectProvider<Carts> carts, ObjectProvider<PlacedOrders> orders, ObjectProvider<PaymentIntents> payments,
			SellingProperties properties, Environment environment) {
		this.carts = carts;
		this.orders = orders;
		this.payments = payments;
		this.cardPage = properties.cardPage() != null ? properties.cardPage()
				: URI.create(environment.getProperty("plaza.payments.processor-url", "http://127.0.0.1:8181").replaceAll("/$", "")
						+ "/hosted/card");
	}

	Carts carts() {
		return available(carts);
	}

	PlacedOrders orders() {
		return available(orders);
	}

	PaymentIntents payments() {
		return available(payments);
	}

	/** The processor's hosted card page. */
	URI cardPage() {
		return cardPage;
	}

	/** The processor's origin, which checkout's form may lead to. */
	String cardPageOrigin() {
		return cardPage.getScheme() + "://" + cardPage.getRawAuthority();
	}

	private static <T> T available(ObjectProvider<T> bean) {
		T found = bean.getIfAvailable();
		if (found == null) {
			throw new PageNotFound();
		}
		return found;
	}
}
