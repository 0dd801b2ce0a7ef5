/**
 * The {@link dev.plaza.products.Products} served over HTTP to the services that do not hold them,
 * and the client those services read them through ({@link dev.plaza.products.remote.RemoteProductCatalog}).
 */
package dev.plaza.products.remote;
