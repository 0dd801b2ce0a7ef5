/**
 * Catalog: what a tenant sells seats for — cities, cinemas, rooms with their seat maps, movies and
 * the showtimes that put a movie in a room at a time. Other modules read showtimes through
 * {@link dev.plaza.catalog.Showtimes} and follow changes through the events published here.
 */
package dev.plaza.catalog;
