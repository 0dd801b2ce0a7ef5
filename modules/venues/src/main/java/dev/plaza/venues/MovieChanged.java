package dev.plaza.venues;

import dev.plaza.platform.TenantId;

/** The movie was created or changed; listings that show it must be read again. */
public record MovieChanged(TenantId tenant, MovieId movie) {
}
