package dev.plaza.products;

import dev.plaza.platform.TenantId;

/** The product was created or changed (price, title, images …); anything showing it must read it again. */
public record ProductChanged(TenantId tenant, ProductId product) {
}
