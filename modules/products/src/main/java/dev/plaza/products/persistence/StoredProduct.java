package dev.plaza.products.persistence;

import java.util.UUID;

import dev.plaza.products.application.ProductDetails;

/** A product as stored: its id and checked details. */
public record StoredProduct(UUID id, ProductDetails details) {
}
