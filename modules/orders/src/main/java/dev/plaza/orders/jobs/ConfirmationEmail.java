package dev.plaza.orders.jobs;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.plaza.notifications.EmailAttachment;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.Emails;
import dev.plaza.orders.OrderConfirmed;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderLinks;
import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderView;
import dev.plaza.orders.application.QrCodes;
import dev.plaza.platform.Money;
import dev.plaza.platform.TenantContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mails the customer their confirmation once the order is confirmed, each ticket's QR code attached
 * as a PNG. The order's id is the dedup key, so a redelivered {@link OrderConfirmed} sends nothing more.
 * An order without an e-mail address gets none. Where an {@link OrderLinks} bean is present (the storefront),
 * the e-mail carries its link to the order.
 */
@Component
class ConfirmationEmail {

	private final OrderReader reader;

	private final Emails emails;

	private final TransactionTemplate transactions;

	private final ObjectProvider<OrderLinks> links;

	ConfirmationEmail(OrderReader reader, Emails emails, TransactionTemplate transactions, ObjectProvider<OrderLinks> links) {
		this.reader = reader;
		this.emails = emails;
		this.transactions = transactions;
		this.links = links;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OrderConfirmed event) {
		TenantContext.runAs(event.tenant(), () -> transactions.executeWithoutResult(status -> {
			OrderView order = reader.view(event.orderId().value()).orElseThrow();
			if (order.email() != null) {
				send(order, "order-confirmation/" + order.id());
			}
		}));
	}

	/** @param dedupKey the same key sends the e-mail once, however often asked */
	void send(OrderView order, String dedupKey) {
		String link = links.stream()
			.map(known -> known.linkTo(new OrderId(order.id())))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		EmailMessage message = EmailMessage.text(dedupKey, order.email(), "Your order " + order.id(),
				text(order) + (link == null ? "" : "\nSee your order again at any time: " + link + "\n"))
			.withHtml(html(order) + (link == null ? "" : "<p><a href=\"" + escape(link) + "\">See your order again</a> at any time.</p>"));
		for (OrderView.Ticket ticket : order.tickets()) {
			message = message.withAttachment(new EmailAttachment("ticket-" + ticket.seat() + "-" + ticket.code() + ".png",
					"image/png", QrCodes.png(ticket.code())));
		}
		emails.send(message);
	}

	/** Line descriptions carry showtimes' start in the cinema's time zone, as the customer will read the clock. */
	private static String text(OrderView order) {
		String lines = order.lines().stream()
			.map(line -> "- " + line.description() + (line.quantity() > 1 ? " × " + line.quantity() : "") + ": "
					+ money(line.gross(), order))
			.collect(Collectors.joining("\n"));
		List<String> tickets = order.tickets().stream().map(ticket -> "- Seat " + ticket.seat() + ": " + ticket.code()).toList();
		return "Thank you for your order.\n\n" + lines + "\n\nTotal: " + money(order.total(), order)
				+ " (tax included: " + money(order.tax(), order) + ")\n"
				+ (tickets.isEmpty() ? "" : "\nYour tickets — show the attached QR codes at the door:\n" + String.join("\n", tickets) + "\n");
	}

	private static String html(OrderView order) {
		String lines = order.lines().stream()
			.map(line -> "<li>" + escape(line.description()) + (line.quantity() > 1 ? " × " + line.quantity() : "") + ": "
					+ escape(money(line.gross(), order)) + "</li>")
			.collect(Collectors.joining());
		String tickets = order.tickets().stream()
			.map(ticket -> "<li>Seat " + escape(ticket.seat()) + ": <code>" + ticket.code() + "</code></li>")
			.collect(Collectors.joining());
		return "<p>Thank you for your order.</p><ul>" + lines + "</ul><p>Total: <strong>" + escape(money(order.total(), order))
				+ "</strong> (tax included: " + escape(money(order.tax(), order)) + ")</p>"
				+ (tickets.isEmpty() ? "" : "<p>Your tickets — show the attached QR codes at the door:</p><ul>" + tickets + "</ul>");
	}

	private static String money(long minor, OrderView order) {
		return Money.of(minor, order.currency()).toString();
	}

	/** Descriptions are the tenant's words (movie titles, product names): text, never markup. */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}
}
