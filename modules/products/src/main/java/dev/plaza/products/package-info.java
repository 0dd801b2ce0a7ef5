/**
 * Products: the shop's products — SKU, title, description, price, tax class, free-form attributes
 * and pictures from {@link dev.plaza.media.ImageLinks}. Administered over
 * {@code /api/v1/catalog/products}; other modules read them through
 * {@link dev.plaza.products.Products} and follow {@link dev.plaza.products.ProductChanged}.
 */
@ApplicationModule(allowedDependencies = { "platform", "media" })
package dev.plaza.products;

import org.springframework.modulith.ApplicationModule;
