package dev.plaza.orders.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.inventory.StockReservation;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservationStatus;
import dev.plaza.inventory.StockReservations;
import dev.plaza.orders.CartContents;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.Pricing;
import dev.plaza.orders.domain.PricingRefused;
import dev.plaza.orders.domain.TaxRates;
import dev.plaza.orders.persistence.CartRepository;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.orders.persistence.OrderSettingsRepository;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentIntents;
import dev.plaza.payments.PaymentReference;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.products.Product;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;
import dev.plaza.products.TaxClass;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.HoldStatus;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.SeatHolds;
import dev.plaza.rules.Configurations;
import dev.plaza.rules.Country;
import dev.plaza.venues.Seat;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a cart into an order awaiting payment, and creates its payment, in one transaction: either the
 * order exists with its payment and the cart is ordered, or nothing changed. Every item must still be
 * kept (an active reservation or hold) and priced in the tenant's currency. The order must be paid within
 * the tenant's payment deadline, and before the first of its holds and reservations expires.
 */
@Service
public class Checkout {

	private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

	private final CartRepository carts;

	private final OrderRepository orders;

	private final OrderSettingsRepository settings;

	private final Products products;

	private final Showtimes showtimes;

	private final StockReservations stock;

	private final SeatHolds holds;

	private final PaymentIntents payments;

	private final Configurations configurations;

	Checkout(CartRepository carts, OrderRepository orders, OrderSettingsRepository settings, Products products,
			Showtimes showtimes, StockReservations stock, SeatHolds holds, PaymentIntents payments,
			Configurations configurations) {
		this.carts = carts;
		this.orders = orders;
		this.settings = settings;
		this.products = products;
		this.showtimes = showtimes;
		this.stock = stock;
		this.holds = holds;
		this.payments = payments;
		this.configurations = configurations;
	}

	/** What a line will be once priced: the item's description and price, what keeps it, and until when. */
	private record Wanted(UUID cartItem, Pricing.Item item, OrderRepository.Goods goods, Instant keptUntil) {
	}

	/**
	 * The cart priced as {@link #place} would price it now, for a customer to look at: items no longer kept
	 * are listed apart rather than refused.
	 */
	@Transactional(readOnly = true)
	public Optional<CartContents> quote(UUID cartId) {
		Optional<CartRepository.Cart> cart = carts.find(cartId);
		if (cart.isEmpty()) {
			return Optional.empty();
		}
		List<Wanted> wanted = new ArrayList<>();
		List<CartContents.Lapsed> lapsed = new ArrayList<>();
		for (CartRepository.Item item : carts.items(cartId)) {
			try {
				wanted.addAll(item.isSeats() ? seats(item) : units(item));
			}
			catch (Problem gone) {
				lapsed.add(new CartContents.Lapsed(item.id(), gone.getMessage()));
			}
		}
		if (wanted.isEmpty()) {
			return Optional.of(new CartContents(cartId, cart.get().ordered(), List.of(), lapsed, null, null, null));
		}
		OrderSettingsRepository.Settings tenant = settings.current();
		Pricing.Priced priced;
		try {
			priced = Pricing.price(wanted.stream().map(Wanted::item).toList(), taxRates(tenant.country()), tenant.currency());
		}
		catch (PricingRefused refused) {
			throw OrdersProblems.of(refused);
		}
		List<CartContents.Line> lines = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			Wanted one = wanted.get(i);
			lines.add(new CartContents.Line(one.cartItem(), one.item().description(), one.goods().seat(),
					one.item().quantity(), one.item().unitPrice(), priced.lines().get(i).gross()));
		}
		Instant keptUntil = wanted.stream().map(Wanted::keptUntil).min(Instant::compareTo).orElseThrow();
		return Optional.of(new CartContents(cartId, cart.get().ordered(), lines, lapsed, priced.total(),
				priced.tax(), keptUntil));
	}

	@Transactional
	public UUID place(UUID cartId) {
		CartRepository.Cart cart = carts.lock(cartId).orElseThrow(() -> new Problem(OrdersProblems.UNKNOWN_CART,
				"There is no cart " + cartId + ".", Map.of("cartId", cartId)));
		if (cart.ordered()) {
			// Names the order: a client whose checkout's answer was lost (and whose Idempotency-Key lapsed
			// with it, when the server died in between) finds what it bought.
			UUID order = orders.orderOfCart(cartId).orElseThrow();
			throw new Problem(OrdersProblems.CART_ORDERED, "The cart " + cartId + " was made into order " + order + " already.",
					Map.of("orderId", order));
		}
		List<CartRepository.Item> items = carts.items(cartId);
		if (items.isEmpty()) {
			throw new Problem(OrdersProblems.CART_EMPTY, "The cart " + cartId + " is empty.");
		}
		List<Wanted> wanted = new ArrayList<>();
		for (CartRepository.Item item : items) {
			wanted.addAll(item.isSeats() ? seats(item) : units(item));
		}
		OrderSettingsRepository.Settings tenant = settings.current();
		Pricing.Priced priced;
		try {
			priced = Pricing.price(wanted.stream().map(Wanted::item).toList(), taxRates(tenant.country()), tenant.currency());
		}
		catch (PricingRefused refused) {
			throw OrdersProblems.of(refused);
		}
		// Unpaid past the first item's expiry, the order could no longer be had as priced: it expires then.
		Instant now = Instant.now();
		Instant deadline = wanted.stream().map(Wanted::keptUntil).reduce(now.plus(tenant.paymentDeadline()),
				(a, b) -> a.isBefore(b) ? a : b);
		OrderId orderId = new OrderId(Ids.newId());
		PaymentIntent payment = payments.create(new PaymentReference(orderId.toString()), priced.total());
		List<OrderRepository.Line> lines = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			lines.add(OrderRepository.Line.priced(i + 1, wanted.get(i).goods(), priced.lines().get(i)));
		}
		Order.Buyer buyer = new Order.Buyer(cartId, cart.customer(), cart.email());
		orders.insert(Order.place(orderId, buyer, tenant.country(), priced, payment.id(), now, deadline), lines);
		carts.markOrdered(cartId);
		return orderId.value();
	}

	/** The VAT of the country the shop sells in, as its configuration in force now states it. */
	private TaxRates taxRates(String country) {
		try {
			return new TaxRates(country, configurations.country(Country.of(country), Instant.now()).vatPercent());
		}
		catch (IllegalArgumentException notInForce) {
			// A country whose first version is scheduled ahead has no rates yet: as if it had none.
			return new TaxRates(country, Map.of());
		}
	}

	private List<Wanted> units(CartRepository.Item item) {
		StockReservation reserved = stock.find(new StockReservationId(item.reservationId())).orElseThrow();
		if (reserved.status() != StockReservationStatus.ACTIVE) {
			throw CartService.lapsed("The units of cart item " + item.id() + " are no longer kept (their reservation is "
					+ reserved.status().code() + "). Remove the item and add the product again.");
		}
		Product product = products.find(new ProductId(item.productId())).orElseThrow(() -> CartService
			.lapsed("The product of cart item " + item.id() + " is no longer sold. Remove the item."));
		return List.of(new Wanted(item.id(), new Pricing.Item(product.title(), product.price(), item.quantity(), product.taxClass()),
				OrderRepository.Goods.units(item.productId(), item.reservationId()), reserved.expiresAt()));
	}

	/** One line per seat: seats of one hold may be of different kinds, priced differently. */
	private List<Wanted> seats(CartRepository.Item item) {
		SeatHold hold = holds.find(new HoldId(item.holdId())).orElseThrow();
		if (hold.status() != HoldStatus.ACTIVE) {
			throw CartService.lapsed("The seats of cart item " + item.id() + " are no longer held (the hold is "
					+ hold.status().code() + "). Remove the item, hold the seats again and add the new hold.");
		}
		ShowtimeSeating seating = showtimes.seating(hold.showtimeId()).orElseThrow(() -> CartService
			.lapsed("The showtime of cart item " + item.id() + " was cancelled. Remove the item."));
		ShowtimeListing listing = showtimes.listings(List.of(hold.showtimeId())).getFirst();
		List<Wanted> lines = new ArrayList<>();
		for (String label : hold.seats()) {
			SeatKind kind = seating.seats().stream().filter(seat -> seat.label().equals(label)).map(Seat::kind).findFirst()
				.orElse(SeatKind.STANDARD);
			Money price = new Money(listing.prices().get(kind).amount(), listing.prices().get(kind).currency());
			String description = listing.movie().title() + " at " + listing.cinema().name() + ", " + startsAt(listing) + ", seat "
					+ label;
			lines.add(new Wanted(item.id(), new Pricing.Item(description, price, 1, TaxClass.STANDARD),
					OrderRepository.Goods.seat(item.holdId(), hold.showtimeId().value(), label), hold.expiresAt()));
		}
		return lines;
	}

	/**
	 * When the showtime starts as the customer reads it: in the cinema's time zone, such as
	 * {@code Tue 8 Dec 2026, 19:00 CET} for 18:00 UTC in Madrid. The description keeps it for the order's
	 * e-mails, which may be sent after the showtime itself can no longer be read (a cancelled one).
	 */
	private static String startsAt(ShowtimeListing listing) {
		return LOCAL_START.format(listing.startsAt().atZone(listing.city().timeZone()));
	}
}
