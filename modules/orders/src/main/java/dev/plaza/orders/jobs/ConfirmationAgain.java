package dev.plaza.orders.jobs;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderView;
import dev.plaza.orders.application.OrdersProblems;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails a customer their order's confirmation once more, when staff ask (the first went to spam,
 * say): the same message as on confirmation, tickets attached, under a key of its own so the first
 * one's dedup does not swallow it.
 */
@Service
public class ConfirmationAgain {

	/** Orders whose confirmation was sent: confirmed, and what may follow it. */
	private static final Set<OrderStatus> CONFIRMED = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.FULFILLED,
			OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);

	private final OrderReader reader;

	private final ConfirmationEmail email;

	ConfirmationAgain(OrderReader reader, ConfirmationEmail email) {
		this.reader = reader;
		this.email = email;
	}

	/** Queues the e-mail; refuses an unknown order, one not confirmed yet and one without an e-mail address. */
	@Transactional
	public void send(UUID id) {
		OrderView order = reader.view(id).orElseThrow(() -> Problem.notFound("order", id));
		if (!CONFIRMED.contains(OrderStatus.ofCode(order.status()))) {
			throw new Problem(OrdersProblems.NOT_CONFIRMED, "Order " + id + " is " + order.status()
					+ ": its confirmation is e-mailed once it is confirmed; resend it after that.");
		}
		if (order.email() == null) {
			throw new Problem(OrdersProblems.NO_EMAIL, "Order " + id + " was placed without an e-mail address, so there "
					+ "is nowhere to send its confirmation; give the customer their tickets another way.");
		}
		email.send(order, "order-confirmation/" + id + "/again/" + Ids.newId());
	}
}
