package dev.plaza.catalog.products;

import java.util.UUID;

/** A product as stored: its id and checked details. */
record StoredProduct(UUID id, ProductDetails details) {
}
