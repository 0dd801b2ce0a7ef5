package dev.plaza.venues.persistence;

import java.util.UUID;

/** A city as stored and answered; {@code timeZone} is an IANA name such as {@code America/Mexico_City}. */
public record City(UUID id, String slug, String name, String country, String timeZone) {
}
