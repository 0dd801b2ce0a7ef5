package dev.plaza.orders.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.orders.domain.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's orders as staff look for them, a page at a time. */
@Repository
public class OrderSearches {

	private final JdbcClient jdbc;

	OrderSearches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the tenant's orders newest first (by their time-ordered id), before the id given; each
	 * filter left null matches every order. The e-mail matches whatever its case.
	 */
	public List<Order> page(String status, Instant from, Instant to, String email, UUID before, int limit) {
		StringBuilder where = new StringBuilder("id < :before");
		Map<String, Object> params = new HashMap<>(Map.of("before", before, "limit", limit));
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status);
		}
		if (from != null) {
			where.append(" AND created_at >= :from");
			params.put("from", OrderRepository.utc(from));
		}
		if (to != null) {
			where.append(" AND created_at < :to");
			params.put("to", OrderRepository.utc(to));
		}
		if (email != null) {
			where.append(" AND lower(email) = lower(:email)");
			params.put("email", email);
		}
		return jdbc.sql("SELECT " + OrderRepository.COLUMNS + " FROM orders.orders WHERE " + where
				+ " ORDER BY id DESC LIMIT :limit")
			.params(params)
			.query(OrderRepository::order)
			.list();
	}
}
