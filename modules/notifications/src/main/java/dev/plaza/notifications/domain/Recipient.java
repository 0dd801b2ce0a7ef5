package dev.plaza.notifications.domain;

/** One addressee of a campaign; the name, if any, fills in {@code {{name}}}. */
public record Recipient(String email, String name) {
}
