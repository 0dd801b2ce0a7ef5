package dev.plaza.orders.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.Emails;
import dev.plaza.orders.application.OrderTransitions;
import dev.plaza.orders.application.Refunding;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.venues.ShowtimeCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a showtime is cancelled, its orders follow: their tickets for it are void, orders with nothing
 * else (or not yet confirmed) are cancelled and refunded in full, confirmed orders with other things get
 * the showtime's seats refunded, and each customer is e-mailed once. The event comes from the outbox, so a
 * crash midway is made good when it is delivered again on restart: each order's change is made once (its
 * e-mail recorded in the same transaction), and each refund is made under an id derived from the order and
 * the showtime, so asking for it again gives nothing more back.
 */
@Component
class CalledOffShowtimes {

	private static final Logger log = LoggerFactory.getLogger(CalledOffShowtimes.class);

	private final OrderRepository orders;

	private final OrderTransitions transitions;

	private final Refunding refunding;

	private final Emails emails;

	private final TransactionTemplate transactions;

	CalledOffShowtimes(OrderRepository orders, OrderTransitions transitions, Refunding refunding, Emails emails,
			TransactionTemplate transactions) {
		this.orders = orders;
		this.transitions = transitions;
		this.refunding = refunding;
		this.emails = emails;
		this.transactions = transactions;
	}

	/** No transaction around the listener: one begun before the tenant is restored would be bound to no tenant. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShowtimeCancelled event) {
		TenantContext.runAs(event.tenant(), () -> {
			UUID showtime = event.showtime().value();
			List<UUID> affected = transactions.execute(status -> orders.withSeatsFor(showtime));
			List<UUID> failed = new ArrayList<>();
			for (UUID order : affected) {
				try {
					follow(event.tenant(), order, showtime);
				}
				catch (RuntimeException ex) {
					log.error("Order {} did not follow the cancellation of showtime {}; it does when the event is redelivered",
							order, showtime, ex);
					failed.add(order);
				}
			}
			if (!failed.isEmpty()) {
				throw new IllegalStateException("Orders " + failed + " did not follow the cancellation of showtime " + showtime);
			}
		});
	}

	private void follow(TenantId tenant, UUID order, UUID showtime) {
		OrderTransitions.CalledOff off = transactions.execute(status -> {
			OrderTransitions.CalledOff done = transitions.showtimeCancelled(order, showtime);
			if (done.changed() && done.order().buyer().email() != null) {
				emails.send(email(done, showtime));
			}
			return done;
		});
		if (!off.refundsNothing()) {
			refunding.refundOnce(order, off.refund(), refundId(tenant, order, showtime), "showtime " + showtime + " was cancelled");
		}
	}

	private static EmailMessage email(OrderTransitions.CalledOff off, UUID showtime) {
		Order order = off.order();
		boolean charged = order.paid().amount() > 0;
		String seats = off.seats().stream().map(line -> "- " + line.description()).collect(Collectors.joining("\n"));
		String money = !charged ? "Nothing was charged, so there is nothing to refund."
				: "We are refunding " + (off.refundsAllLeft() ? order.paid().minus(order.refunded()) : off.refund())
						+ " to the card you paid with.";
		String what = (!charged ? "" : "Tickets for these seats are no longer valid. ")
				+ (off.decision().cancels() ? "Your order " + order.id() + " is cancelled." : "The rest of your order " + order.id()
						+ " stands.");
		String text = "We are sorry: a showtime you had seats for was cancelled.\n\n" + seats + "\n\n" + what + " " + money + "\n";
		String html = "<p>We are sorry: a showtime you had seats for was cancelled.</p><ul>" + off.seats().stream()
			.map(line -> "<li>" + ConfirmationEmail.escape(line.description()) + "</li>").collect(Collectors.joining())
				+ "</ul><p>" + what + " " + money + "</p>";
		return EmailMessage.text("order-showtime-cancelled/" + order.id() + "/" + showtime, order.buyer().email(),
				"Showtime cancelled: your order " + order.id(), text).withHtml(html);
	}

	/** The same for every delivery of the event, and unique to the order and the showtime. */
	private static RefundId refundId(TenantId tenant, UUID order, UUID showtime) {
		return new RefundId(UUID.nameUUIDFromBytes(("plaza.orders.showtime-refund:" + tenant + ":" + order + ":" + showtime)
			.getBytes(StandardCharsets.UTF_8)));
	}
}
