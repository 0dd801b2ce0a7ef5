package dev.plaza.lending.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.lending.domain.LoanProduct;

/** A loan product as stored: its id, its lender, the lender's country when it was created, and its terms. */
public record StoredLoanProduct(UUID id, UUID lender, String country, LoanProduct product, Instant createdAt) {
}
