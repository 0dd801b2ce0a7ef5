/**
 * Venues: what a cinema chain sells — cities, cinemas, rooms with their seat maps, movies and the
 * showtimes that put a movie in a room at a time, scheduled one by one or in bulk. Other modules
 * read showtimes through {@link dev.plaza.venues.Showtimes} and the public listings through
 * {@link dev.plaza.venues.PublicCatalog}, and follow changes through the events published here.
 * Its problem types are shared with products ({@code venues :: problems}): both answer under
 * {@code /api/v1/catalog} with the same ones.
 */
@ApplicationModule(allowedDependencies = "platform")
package dev.plaza.venues;

import org.springframework.modulith.ApplicationModule;
