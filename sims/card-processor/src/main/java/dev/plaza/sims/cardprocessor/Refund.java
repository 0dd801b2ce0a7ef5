package dev.plaza.sims.cardprocessor;

/** Money given back from a succeeded charge; refunds here always succeed at once. */
record Refund(String id, String chargeId, long amount, String currency, long created) {
}
