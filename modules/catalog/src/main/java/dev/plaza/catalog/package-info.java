/**
 * Catalog: what a tenant sells — for a cinema chain, cities, cinemas, rooms with their seat maps,
 * movies and the showtimes that put a movie in a room at a time; for a shop, products. Other
 * modules read showtimes through {@link dev.plaza.catalog.Showtimes} and products through
 * {@link dev.plaza.catalog.Products}, and follow changes through the events published here.
 */
package dev.plaza.catalog;
