package dev.plaza.reservations.domain;

/** A token bucket: {@code perSecond} tokens come back each second, up to {@code burst} saved up. */
public record Rate(int perSecond, int burst) {
}
