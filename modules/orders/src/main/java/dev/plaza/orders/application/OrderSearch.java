package dev.plaza.orders.application;

import java.time.Instant;

import dev.plaza.orders.OrderStatus;

/**
 * Which orders a list shows; a null filter matches every order.
 *
 * @param placedFrom placed at or after this instant
 * @param placedBefore placed before this instant
 * @param email the customer's e-mail address, whatever its case
 */
public record OrderSearch(OrderStatus status, Instant placedFrom, Instant placedBefore, String email) {
}
