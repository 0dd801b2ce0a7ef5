/**
 * The shop's products: SKU, title, description, price, tax class, free-form attributes and pictures
 * from the catalog's image pipeline. Administered over {@code /api/v1/catalog/products}; other
 * modules read them through {@link dev.plaza.catalog.Products} and follow
 * {@link dev.plaza.catalog.ProductChanged}.
 */
package dev.plaza.catalog.products;
