package dev.plaza.venues.internal;

import java.util.UUID;

/** A cinema as stored and answered; {@code code} is the tenant's own short name for it, used by schedule imports. */
record Cinema(UUID id, String code, String name, UUID cityId, String address, double latitude, double longitude) {
}
