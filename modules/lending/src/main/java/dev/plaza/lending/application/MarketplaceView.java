package dev.plaza.lending.application;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A lender's marketplace participation: whether it takes marketplace applications, and from applicants
 * of which countries. {@code updatedAt} is null for a lender that never set it (and does not participate).
 */
public record MarketplaceView(boolean participating, List<String> countries, @Schema(nullable = true) Instant updatedAt) {
}
