/**
 * The catalog's published reads ({@link dev.plaza.catalog.Showtimes}, {@link dev.plaza.catalog.Products})
 * served over HTTP to the services that do not hold the catalog, and the clients those services
 * read them through ({@link dev.plaza.catalog.remote.RemoteCatalog}).
 */
package dev.plaza.catalog.remote;
