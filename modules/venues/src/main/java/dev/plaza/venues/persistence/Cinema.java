package dev.plaza.venues.persistence;

import java.util.UUID;

/** A cinema as stored and answered; {@code code} is the tenant's own short name for it, used by schedule imports. */
public record Cinema(UUID id, String code, String name, UUID cityId, String address, double latitude, double longitude) {
}
