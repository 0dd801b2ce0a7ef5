package dev.plaza.orders.jobs;

import java.util.List;

import dev.plaza.orders.application.OrderTransitions;
import dev.plaza.orders.application.OrdersProperties;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code expiry-interval}, expires the orders still awaiting payment past their deadline and
 * releases their seat holds and stock reservations. Safe on several instances: each order is expired
 * under a row lock taken with {@code SKIP LOCKED}, and only while it is still unpaid.
 */
@Component
class OrderExpiry implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OrderExpiry.class);

	static final int CHUNK = 50;

	private final OrderRepository orders;

	private final OrderTransitions transitions;

	private final OrdersProperties properties;

	OrderExpiry(OrderRepository orders, OrderTransitions transitions, OrdersProperties properties) {
		this.orders = orders;
		this.transitions = transitions;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::expireOverdue, properties.expiryInterval());
	}

	void expireOverdue() {
		List<OrderRepository.Overdue> overdue = orders.overdue(CHUNK);
		for (OrderRepository.Overdue order : overdue) {
			try {
				TenantContext.runAs(new TenantId(order.tenant()), () -> transitions.expireIfOverdue(order.id()));
			}
			catch (RuntimeException ex) {
				log.error("Expiring order {} of tenant {} failed; it is tried again next time", order.id(), order.tenant(), ex);
			}
		}
	}
}
