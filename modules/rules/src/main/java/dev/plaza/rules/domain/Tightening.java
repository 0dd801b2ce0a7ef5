package dev.plaza.rules.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import dev.plaza.platform.FieldError;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.CountryConfiguration.Commerce;
import dev.plaza.rules.CountryConfiguration.Lending;
import dev.plaza.rules.CountryConfiguration.Limits;
import dev.plaza.rules.Rule;
import dev.plaza.rules.RuleSet;

/**
 * A tenant's overrides may only tighten what its country allows: lower limits, a shorter hold and
 * payment deadline, narrower lending bounds, and more rules, never fewer. Applying them keeps the
 * tighter of the two, so a country that later tightens below a tenant's override still binds it.
 */
public final class Tightening {

	private static final String AT_MOST = "must be at most %d, the %s %s of configuration version %d";

	private static final String AT_LEAST = "must be at least %d, the %s %s of configuration version %d";

	private Tightening() {
	}

	/** Each override looser than the country allows, named by its JSON pointer under {@code prefix}. */
	public static List<FieldError> looser(CountryConfiguration country, Overrides overrides, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		Bounds bounds = new Bounds(country, errors, prefix);
		if (overrides.limits() != null) {
			bounds.atMost("/limits/perTransaction", overrides.limits().perTransaction(), country.limits().perTransaction(), "per-transaction limit");
			bounds.atMost("/limits/perDay", overrides.limits().perDay(), country.limits().perDay(), "daily limit");
		}
		if (overrides.commerce() != null) {
			bounds.atMost("/commerce/holdTtlSeconds", overrides.commerce().holdTtlSeconds(), country.commerce().holdTtl().toSeconds(), "hold time");
			bounds.atMost("/commerce/paymentDeadlineSeconds", overrides.commerce().paymentDeadlineSeconds(),
					country.commerce().paymentDeadline().toSeconds(), "payment deadline");
		}
		if (overrides.lending() != null) {
			Overrides.Lending lending = overrides.lending();
			bounds.atLeast("/lending/minAmount", lending.minAmount(), country.lending().minAmount(), "minimum loan amount");
			bounds.atMost("/lending/maxAmount", lending.maxAmount(), country.lending().maxAmount(), "maximum loan amount");
			bounds.atMost("/lending/maxTermMonths", toLong(lending.maxTermMonths()), country.lending().maxTermMonths(), "maximum term");
			bounds.atMost("/lending/maxAnnualRateBasisPoints", toLong(lending.maxAnnualRateBasisPoints()),
					country.lending().maxAnnualRateBasisPoints(), "annual rate cap");
			bounds.atMost("/lending/maxAprBasisPoints", toLong(lending.maxAprBasisPoints()), country.lending().maxAprBasisPoints(), "APR cap");
		}
		overrides.ruleSets().forEach((name, ruleSet) -> {
			RuleSet own = country.ruleSets().get(name);
			if (own == null) {
				return;
			}
			if (own.input() != ruleSet.input()) {
				errors.add(new FieldError(prefix + "/ruleSets/" + name + "/input", "must be \"" + own.input().variable()
						+ "\", the input of the country's rule set " + name + ", to which these rules are added"));
			}
			Set<String> countryRules = own.rules().stream().map(Rule::name).collect(Collectors.toSet());
			for (int i = 0; i < ruleSet.rules().size(); i++) {
				if (countryRules.contains(ruleSet.rules().get(i).name())) {
					errors.add(new FieldError(prefix + "/ruleSets/" + name + "/rules/" + i + "/name", "must differ from the "
							+ "country's rule names " + countryRules + ": a tenant adds rules, it never replaces or removes the country's"));
				}
			}
		});
		return errors;
	}

	/** The country's configuration with the overrides applied, each value the tighter of the two. */
	public static CountryConfiguration apply(CountryConfiguration country, Overrides overrides) {
		Limits limits = country.limits();
		if (overrides.limits() != null) {
			limits = new Limits(lower(limits.perTransaction(), overrides.limits().perTransaction()),
					lower(limits.perDay(), overrides.limits().perDay()));
		}
		Commerce commerce = country.commerce();
		if (overrides.commerce() != null) {
			commerce = new Commerce(shorter(commerce.holdTtl(), overrides.commerce().holdTtlSeconds()),
					shorter(commerce.paymentDeadline(), overrides.commerce().paymentDeadlineSeconds()));
		}
		Lending lending = country.lending();
		if (overrides.lending() != null) {
			Overrides.Lending own = overrides.lending();
			lending = new Lending(own.minAmount() == null ? lending.minAmount() : Math.max(lending.minAmount(), own.minAmount()),
					lower(lending.maxAmount(), own.maxAmount()), (int) lower(lending.maxTermMonths(), toLong(own.maxTermMonths())),
					(int) lower(lending.maxAnnualRateBasisPoints(), toLong(own.maxAnnualRateBasisPoints())),
					(int) lower(lending.maxAprBasisPoints(), toLong(own.maxAprBasisPoints())));
		}
		Map<String, RuleSet> ruleSets = new LinkedHashMap<>(country.ruleSets());
		overrides.ruleSets().forEach((name, own) -> ruleSets.merge(name, own, (countrys, tenants) -> {
			List<Rule> rules = new ArrayList<>(countrys.rules());
			rules.addAll(tenants.rules());
			return new RuleSet(name, countrys.input(), rules);
		}));
		return new CountryConfiguration(country.country(), country.version(), country.effectiveFrom(), country.currency(),
				country.timeZone(), country.vatPercent(), country.taxId(), country.kyc(), limits, commerce, lending, ruleSets);
	}

	private static long lower(long country, Long tenant) {
		return tenant == null ? country : Math.min(country, tenant);
	}

	private static Duration shorter(Duration country, Long tenantSeconds) {
		return tenantSeconds == null ? country : Duration.ofSeconds(Math.min(country.toSeconds(), tenantSeconds));
	}

	private static Long toLong(Integer value) {
		return value == null ? null : value.longValue();
	}

	private record Bounds(CountryConfiguration country, List<FieldError> errors, String prefix) {

		void atMost(String field, Long value, long bound, String what) {
			check(field, value, bound, what, (given, limit) -> given <= limit, AT_MOST);
		}

		void atLeast(String field, Long value, long bound, String what) {
			check(field, value, bound, what, (given, limit) -> given >= limit, AT_LEAST);
		}

		private void check(String field, Long value, long bound, String what, BiPredicate<Long, Long> within, String reason) {
			if (value != null && !within.test(value, bound)) {
				errors.add(new FieldError(prefix + field, reason.formatted(bound, country.country(), what, country.version())));
			}
		}
	}
}
