package dev.plaza.orders.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;

/**
 * Prices an order in one currency under one country's tax rules: each line's gross is unit price ×
 * quantity, its tax is computed from the gross with the rate of its tax class, and the order's totals
 * are the sums.
 */
public final class Pricing {

	private Pricing() {
	}

	/** What is bought, before tax is worked out. */
	public record Item(String description, Money unitPrice, int quantity, TaxClass taxClass) {
	}

	public record PricedLine(Item item, Money gross, TaxRate rate, Money tax) {
	}

	public record Priced(List<PricedLine> lines, Money total, Money tax) {
	}

	/**
	 * @throws PricingRefused when an item is priced in another currency, or the country has no rate for
	 *     its tax class
	 */
	public static Priced price(List<Item> items, TaxRates rates, Currency currency) {
		List<PricedLine> lines = new ArrayList<>();
		Money total = Money.zero(currency);
		Money tax = Money.zero(currency);
		for (Item item : items) {
			if (!item.unitPrice().currency().equals(currency)) {
				throw new PricingRefused(PricingRefused.Reason.OTHER_CURRENCY, "\"" + item.description() + "\" is priced in "
						+ item.unitPrice().currency() + ", but the shop sells in " + currency + ".");
			}
			TaxRate rate = rates.rate(item.taxClass())
				.orElseThrow(() -> new PricingRefused(PricingRefused.Reason.NO_TAX_RATE,
						"There is no " + item.taxClass().code() + " tax rate for " + rates.country() + "."));
			Money gross = item.unitPrice().times(item.quantity());
			Money lineTax = new Money(rate.taxIn(gross.amount()), currency);
			lines.add(new PricedLine(item, gross, rate, lineTax));
			total = total.plus(gross);
			tax = tax.plus(lineTax);
		}
		return new Priced(List.copyOf(lines), total, tax);
	}
}
