package dev.plaza.products.internal;

import java.util.UUID;

/** A product as stored: its id and checked details. */
record StoredProduct(UUID id, ProductDetails details) {
}
