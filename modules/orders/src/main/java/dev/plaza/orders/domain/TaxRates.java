package dev.plaza.orders.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import dev.plaza.products.TaxClass;

/**
 * The VAT of each tax class in the country an order is sold in, as the country's configuration in force
 * states it in percent ({@code standard → 21}).
 */
public record TaxRates(String country, Map<String, BigDecimal> percentByTaxClass) {

	public TaxRates {
		percentByTaxClass = Map.copyOf(percentByTaxClass);
	}

	public Optional<TaxRate> rate(TaxClass taxClass) {
		return Optional.ofNullable(percentByTaxClass.get(taxClass.code())).map(percent -> new TaxRate(percent.movePointLeft(2)));
	}
}
