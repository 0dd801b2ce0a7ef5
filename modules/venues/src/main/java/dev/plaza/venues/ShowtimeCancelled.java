package dev.plaza.venues;

import dev.plaza.platform.TenantId;

/** The showtime will not take place; seats held or sold for it must be released or refunded. */
public record ShowtimeCancelled(TenantId tenant, ShowtimeId showtime) {
}
