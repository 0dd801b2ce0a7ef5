package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservationStatus;
import dev.plaza.inventory.StockReservations;
import dev.plaza.inventory.application.StockKeeping;
import dev.plaza.inventory.domain.AdjustmentReason;
import dev.plaza.inventory.persistence.LocationRepository;
import dev.plaza.orders.application.CartService;
import dev.plaza.orders.application.Checkout;
import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderView;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductId;
import dev.plaza.products.TaxClass;
import dev.plaza.products.application.ProductCatalog;
import dev.plaza.products.application.ProductDetails;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.Settings;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * Orders with the modules they build on and nothing else: a shop's cart becomes an order awaiting
 * payment, and the order follows its payment's events — paid and confirmed with its stock taken, or
 * cancelled with its stock given back, or refunded — on a real PostgreSQL, paying at the simulated card
 * processor over HTTP and e-mailing the customer over real SMTP. All dependencies are started because
 * the products module needs media's. Module tests share one test instance, so each test is a shop of
 * its own: a tenant, a product with stock, and customers at a domain of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {
		// Boot configures mail only when a host is set; the port is the SMTP server's, once it listens.
		"spring.mail.host=127.0.0.1", "plaza.notifications.poll-interval=100ms" })
class OrdersModuleTest {

	/** 12.10 EUR with Spanish VAT (21 %) included, as the tenant sells by default (ES, EUR). */
	private static final Money PRICE = Money.of(1210, "EUR");

	@Autowired
	CartService carts;

	@Autowired
	Checkout checkout;

	@Autowired
	OrderReader orders;

	@Autowired
	PaymentIntents payments;

	@Autowired
	StockReservations stock;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	StockKeeping stockKeeping;

	@Autowired
	LocationRepository locations;

	@Autowired
	GreenMail smtp;

	@Test
	void aCartBecomesOneOrderAwaitingPaymentPricedWithTheTenantsTax() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> {
			UUID cart = shop.cartOf(2);

			OrderView order = orders.view(checkout.place(cart)).orElseThrow();

			assertThat(order.status()).isEqualTo("awaiting_payment");
			assertThat(order.total()).isEqualTo(2420);
			assertThat(order.tax()).isEqualTo(420);
			assertThat(payments.find(new PaymentId(order.paymentId())))
				.hasValueSatisfying(payment -> assertThat(payment.amount()).isEqualTo(Money.of(2420, "EUR")));
			assertThatThrownBy(() -> checkout.place(cart)).isInstanceOfSatisfying(Problem.class, again -> {
				assertThat(again.type().slug()).isEqualTo("cart-already-ordered");
				assertThat(again.properties()).containsEntry("orderId", order.id());
			});
		});
	}

	@Test
	void aPaidOrderIsConfirmedWithItsStockTakenAndTheCustomerEmailed(Scenario scenario) throws Exception {
		Shop shop = new Shop();
		OrderView placed = shop.order(1);

		scenario.stimulate(tx -> shop.pay(placed, "tok_approve"))
			.andWaitForStateChange(() -> shop.statusOf(placed), "confirmed"::equals)
			.andExpect(OrderConfirmed.class)
			.matching(confirmed -> confirmed.orderId().value().equals(placed.id()))
			.toArriveAndVerify(confirmed -> assertThat(confirmed.customer()).isEqualTo("ana"));

		TenantContext.runAs(shop.tenant, () -> assertThat(shop.reserved()).isEqualTo(StockReservationStatus.COMMITTED));
		MimeMessage email = await().until(() -> smtp.getReceivedMessagesForDomain(shop.domain), m -> m.length > 0)[0];
		assertThat(email.getSubject()).isEqualTo("Your order " + placed.id());
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("ana@" + shop.domain);
	}

	@Test
	void aDeclinedPaymentCancelsTheOrderAndGivesItsStockBack(Scenario scenario) {
		Shop shop = new Shop();
		OrderView placed = shop.order(1);

		scenario.stimulate(tx -> shop.pay(placed, "tok_decline"))
			.andWaitForStateChange(() -> shop.statusOf(placed), "cancelled"::equals)
			.andExpect(OrderCancelled.class)
			.matching(cancelled -> cancelled.orderId().value().equals(placed.id()))
			.toArriveAndVerify(cancelled -> assertThat(cancelled.reason()).contains("generic_decline"));

		TenantContext.runAs(shop.tenant, () -> assertThat(shop.reserved()).isEqualTo(StockReservationStatus.RELEASED));
	}

	@Test
	void aRefundOfTheOrdersPaymentIsRecordedOnTheOrder(Scenario scenario) {
		Shop shop = new Shop();
		OrderView placed = shop.order(2);
		scenario.stimulate(tx -> shop.pay(placed, "tok_approve"))
			.andWaitForStateChange(() -> shop.statusOf(placed), "confirmed"::equals)
			.andExpect(OrderPaid.class)
			.matching(paid -> paid.orderId().value().equals(placed.id()))
			.toArriveAndVerify(paid -> assertThat(paid.paid()).isEqualTo(Money.of(2420, "EUR")));

		scenario.stimulate(tx -> TenantContext.callAs(shop.tenant,
				() -> payments.refund(new PaymentId(placed.paymentId()), Money.of(500, "EUR"))))
			.andWaitForStateChange(() -> shop.statusOf(placed), "partially_refunded"::equals)
			.andExpect(OrderRefunded.class)
			.matching(refunded -> refunded.orderId().value().equals(placed.id()))
			.toArriveAndVerify(refunded -> {
				assertThat(refunded.amount()).isEqualTo(Money.of(500, "EUR"));
				assertThat(refunded.refundedTotal()).isEqualTo(Money.of(500, "EUR"));
			});

		TenantContext.runAs(shop.tenant, () -> assertThat(orders.view(placed.id()).orElseThrow().refunded()).isEqualTo(500));
	}

	@Test
	void aCartWithNothingOrAnUnknownProductIsNotOrdered() {
		Shop shop = new Shop();
		TenantContext.runAs(shop.tenant, () -> {
			UUID cart = carts.create("ana", "ana@" + shop.domain).id();

			assertThatThrownBy(() -> carts.addProduct(cart, UUID.randomUUID(), 1)).isInstanceOfSatisfying(Problem.class,
					unknown -> assertThat(unknown.type().slug()).isEqualTo("unknown-product"));
			assertThatThrownBy(() -> checkout.place(cart)).isInstanceOfSatisfying(Problem.class,
					empty -> assertThat(empty.type().slug()).isEqualTo("cart-empty"));
		});
	}

	/** A tenant selling one product, with ten units on its shelf, to a customer at a domain of its own. */
	private final class Shop {

		final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

		final String domain = UUID.randomUUID() + ".example";

		final ProductId product = new ProductId(UUID.randomUUID());

		/** What the last cart reserved of the product. */
		StockReservationId reservation;

		Shop() {
			TenantContext.runAs(tenant, () -> {
				catalog.add(new ProductDetails("MUG-1", "Plaza mug", "A mug.", PRICE, TaxClass.STANDARD, "{}", List.of()),
						product.value());
				locations.put("MAIN", "Main shelf");
				stockKeeping.adjust(product, null, new LocationCode("MAIN"), 10, AdjustmentReason.RECEIVED, null, "test");
			});
		}

		UUID cartOf(int units) {
			UUID cart = carts.create("ana", "ana@" + domain).id();
			reservation = new StockReservationId(carts.addProduct(cart, product.value(), units).reservationId());
			return cart;
		}

		OrderView order(int units) {
			return TenantContext.callAs(tenant, () -> orders.view(checkout.place(cartOf(units))).orElseThrow());
		}

		/** Confirms the order's payment as the customer does, outside any transaction: it waits for the processor. */
		Object pay(OrderView order, String token) {
			return TenantContext.callAs(tenant, () -> payments.confirm(new PaymentId(order.paymentId()), new PaymentMethod(token)));
		}

		/** The order's status as committed, such as {@code confirmed}. */
		String statusOf(OrderView order) {
			return TenantContext.callAs(tenant, () -> orders.view(order.id()).orElseThrow().status());
		}

		/** Where the units the cart reserved stand now. */
		StockReservationStatus reserved() {
			return stock.find(reservation).orElseThrow().status();
		}
	}

	/** The simulated card processor and an SMTP server on free ports of 127.0.0.1, both stopped with the context. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ThirdParties {

		@Bean(destroyMethod = "close")
		CardProcessorSimulator simulatedCardProcessor() {
			return CardProcessorSimulator.start(Settings.defaults());
		}

		@Bean(destroyMethod = "stop")
		GreenMail smtpServer() {
			GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			return server;
		}

		@Bean
		DynamicPropertyRegistrar thirdPartySettings(CardProcessorSimulator simulator, GreenMail smtpServer) {
			return registry -> {
				registry.add("plaza.payments.processor-url", () -> simulator.baseUrl().toString());
				registry.add("plaza.payments.api-key", () -> simulator.settings().apiKey());
				registry.add("plaza.payments.webhook-secret", () -> simulator.settings().webhookSecret());
				registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
			};
		}
	}
}
