package dev.plaza.venues;

import dev.plaza.platform.TenantId;

/** The cinema was created or changed; listings that show it must be read again. */
public record CinemaChanged(TenantId tenant, CinemaId cinema) {
}
