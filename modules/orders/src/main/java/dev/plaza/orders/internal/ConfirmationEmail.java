package dev.plaza.orders.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.notifications.EmailAttachment;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.Emails;
import dev.plaza.orders.OrderConfirmed;
import dev.plaza.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the customer their confirmation once the order is confirmed, each ticket's QR code attached
 * as a PNG. The order's id is the dedup key, so a redelivered {@link OrderConfirmed} sends nothing more.
 * An order without an e-mail address gets none.
 */
@Component
class ConfirmationEmail {

	private final OrderReader reader;

	private final Emails emails;

	private final TransactionTemplate transactions;

	ConfirmationEmail(OrderReader reader, Emails emails, TransactionTemplate transactions) {
		this.reader = reader;
		this.emails = emails;
		this.transactions = transactions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OrderConfirmed event) {
		TenantContext.runAs(event.tenant(), () -> transactions.executeWithoutResult(status -> send(event.orderId().value())));
	}

	private void send(UUID id) {
		OrderView order = reader.view(id).orElseThrow();
		if (order.email() == null) {
			return;
		}
		EmailMessage message = EmailMessage.text("order-confirmation/" + id, order.email(), "Your order " + id, text(order));
		for (OrderView.Ticket ticket : order.tickets()) {
			message = message.withAttachment(new EmailAttachment("ticket-" + ticket.seat() + "-" + ticket.code() + ".png",
					"image/png", QrCodes.png(ticket.code())));
		}
		emails.send(message);
	}

	private static String text(OrderView order) {
		String lines = order.lines().stream()
			.map(line -> "- " + line.description() + (line.quantity() > 1 ? " × " + line.quantity() : "") + ": "
					+ amount(line.gross(), order.currency()))
			.collect(Collectors.joining("\n"));
		List<String> tickets = order.tickets().stream().map(ticket -> "- Seat " + ticket.seat() + ": " + ticket.code()).toList();
		return "Thank you for your order.\n\n" + lines + "\n\nTotal: " + amount(order.total(), order.currency())
				+ " (tax included: " + amount(order.tax(), order.currency()) + ")\n"
				+ (tickets.isEmpty() ? "" : "\nYour tickets — show the attached QR codes at the door:\n" + String.join("\n", tickets) + "\n");
	}

	private static String amount(long minor, String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		return BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString() + " " + currency;
	}
}
