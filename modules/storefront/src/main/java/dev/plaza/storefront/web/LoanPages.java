package dev.plaza.storefront.web;

import java.net.URI;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.lending.Applicants;
import dev.plaza.lending.Applicants.Lends;
import dev.plaza.lending.Applicants.Market;
import dev.plaza.lending.Applicants.Progress;
import dev.plaza.lending.LoanApplicationId;
import dev.plaza.lending.OfferId;
import dev.plaza.lending.OpenedLoan;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.storefront.application.StorefrontProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Applying for a loan in the browser: on a lender's storefront (that lender only) or on the platform's marketplace
 * at {@code /marketplace/loans/apply} (every participating lender of the applicant's country). The form posts and
 * redirects to the application's page, reached by a signed link (the applicant has no account), which follows the
 * lenders' decisions live and lists the offers side by side; accepting one opens the loan and shows it.
 */
@Controller
class LoanPages {

	/** Terms the marketplace form offers; each lender's own products decide which of them it lends over. */
	static final List<Integer> MARKETPLACE_TERMS = List.of(6, 12, 18, 24, 36, 48, 60);

	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
			+ "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private static final Set<String> STILL_DECIDING = Set.of("received", "manual_review");

	/** Absent where the app holds no lending (catalog-service when scaled): the loan pages are not found there. */
	private final ObjectProvider<Applicants> applicants;

	private final LoanLinks links;

	private final Pages pages;

	private final LoanFormats formats;

	private final Locale locale;

	LoanPages(ObjectProvider<Applicants> applicants, LoanLinks links, Pages pages, StorefrontProperties properties) {
		this.applicants = applicants;
		this.links = links;
		this.pages = pages;
		this.locale = properties.locale();
		this.formats = new LoanFormats(locale);
	}

	@GetMapping("/marketplace")
	ResponseEntity<String> marketplace(@RequestAttribute(Site.ATTRIBUTE) Site site) {
		return seeOther(site.link("/loans/apply"));
	}

	@GetMapping({ "/loans/apply", "/t/{tenant}/loans/apply", "/marketplace/loans/apply" })
	ResponseEntity<String> form(@RequestAttribute(Site.ATTRIBUTE) Site site) {
		return form(site, new LoanForm(Map.of()), Map.of(), HttpStatus.OK);
	}

	@PostMapping({ "/loans/apply", "/t/{tenant}/loans/apply", "/marketplace/loans/apply" })
	ResponseEntity<String> apply(@RequestAttribute(Site.ATTRIBUTE) Site site, @RequestParam Map<String, String> fields) {
		LoanForm form = new LoanForm(fields);
		boolean marketplace = site.tenant().isPlatform();
		Lends lends = lends(marketplace, form);
		LoanForm.Checked checked = form.check(lends.currency(), lends, marketplace);
		if (checked.application().isEmpty()) {
			return form(site, form, checked.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		try {
			LoanApplicationId application = applicants().apply(checked.application().get());
			return seeOther(applicationLink(site, application.value()));
		}
		catch (Problem refused) {
			Map<String, String> errors = new HashMap<>();
			refused.fieldErrors().forEach(error -> errors.put(LoanForm.fieldOf(error), sentence(error)));
			if (errors.isEmpty()) {
				errors.put("", refused.getMessage());
			}
			return form(site, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@GetMapping({ "/loans/applications/{id}", "/t/{tenant}/loans/applications/{id}", "/marketplace/loans/applications/{id}" })
	ResponseEntity<String> application(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			@RequestParam(required = false) String sig) {
		return application(site, signed(id, sig), null, HttpStatus.OK);
	}

	@PostMapping({ "/loans/applications/{id}/offers/{offerId}/accept", "/t/{tenant}/loans/applications/{id}/offers/{offerId}/accept",
			"/marketplace/loans/applications/{id}/offers/{offerId}/accept" })
	ResponseEntity<String> accept(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			@PathVariable String offerId, @RequestParam(required = false) String sig) {
		UUID application = signed(id, sig);
		try {
			applicants().accept(new LoanApplicationId(application), new OfferId(uuid(offerId)));
			return seeOther(applicationLink(site, application).replace("?sig=", "/loan?sig="));
		}
		catch (Problem refused) {
			return application(site, application, refused.getMessage(), HttpStatus.CONFLICT);
		}
	}

	@GetMapping({ "/loans/applications/{id}/loan", "/t/{tenant}/loans/applications/{id}/loan",
			"/marketplace/loans/applications/{id}/loan" })
	ResponseEntity<String> loan(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			@RequestParam(required = false) String sig) {
		UUID application = signed(id, sig);
		Progress progress = progress(application);
		Optional<OpenedLoan> loan = applicants().loan(progress.id());
		if (loan.isEmpty()) {
			return seeOther(applicationLink(site, application));
		}
		String lender = progress.decisions()
			.stream()
			.filter(decision -> "accepted".equals(decision.status()))
			.map(Applicants.Decision::lenderName)
			.findFirst()
			.orElse("");
		return html(HttpStatus.OK, "loans/loan", Map.of("site", site, "f", formats, "lender", lender, "loan", loan.get(),
				"applicationLink", applicationLink(site, application)));
	}

	/** A country to apply from, by its name in the page's language. */
	record CountryChoice(String code, String name) {
	}

	private ResponseEntity<String> form(Site site, LoanForm form, Map<String, String> errors, HttpStatus status) {
		boolean marketplace = site.tenant().isPlatform();
		Lends lends = lends(marketplace, form);
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("marketplace", marketplace);
		variables.put("form", form);
		variables.put("errors", errors);
		variables.put("summary", LoanForm.ORDER.stream().filter(errors::containsKey).toList());
		variables.put("general", errors.getOrDefault("", ""));
		variables.put("terms", lends.termsMonths());
		variables.put("lends", !lends.termsMonths().isEmpty());
		variables.put("currency", lends.currency().getCurrencyCode());
		variables.put("countries", marketplace ? applicants().markets()
			.stream()
			.map(market -> new CountryChoice(market.country(), Locale.of("", market.country()).getDisplayCountry(locale)))
			.toList() : List.of());
		variables.put("employments", LoanForm.EMPLOYMENTS);
		variables.put("action", site.link("/loans/apply"));
		variables.put("canonical", site.url("/loans/apply"));
		return html(status, "loans/apply", variables);
	}

	private ResponseEntity<String> application(Site site, UUID id, String refusal, HttpStatus status) {
		Progress view = progress(id);
		List<Applicants.Offer> open = "offered".equals(view.status()) ? applicants().offers(view.id()) : List.of();
		boolean deciding = "submitted".equals(view.status()) && view.decisions().isEmpty() && view.reasons().isEmpty()
				|| List.of("submitted", "offered").contains(view.status())
						&& view.decisions().stream().anyMatch(decision -> STILL_DECIDING.contains(decision.status()));
		String self = applicationLink(site, id);
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("f", formats);
		variables.put("application", view);
		variables.put("offers", open);
		variables.put("declined", view.decisions().stream().filter(decision -> "declined".equals(decision.status())).toList());
		variables.put("deciding", deciding);
		variables.put("self", self);
		variables.put("sig", links.signature(id));
		variables.put("acceptBase", site.link("/loans/applications/" + id + "/offers/"));
		variables.put("loanLink", self.replace("?sig=", "/loan?sig="));
		variables.put("refusal", refusal == null ? "" : refusal);
		return html(status, "loans/application", variables);
	}

	private Progress progress(UUID id) {
		try {
			return applicants().progress(new LoanApplicationId(id));
		}
		catch (Problem notVisible) {
			throw new PageNotFound();
		}
	}

	/** The application the link names, if its signature is right; otherwise there is nothing at this address. */
	private UUID signed(String id, String signature) {
		UUID application = uuid(id);
		if (!links.valid(application, signature)) {
			throw new PageNotFound();
		}
		return application;
	}

	private String applicationLink(Site site, UUID id) {
		return site.link("/loans/applications/" + id + "?sig=" + links.signature(id));
	}

	/** What the form lends: the lender's products; on the marketplace, the chosen country's currency and common terms. */
	private Lends lends(boolean marketplace, LoanForm form) {
		if (!marketplace) {
			return applicants().lends();
		}
		Currency currency = applicants().markets()
			.stream()
			.filter(market -> market.country().equals(form.value("country")))
			.findFirst()
			.map(Market::currency)
			.orElse(Currency.getInstance("EUR"));
		return new Lends(currency, MARKETPLACE_TERMS, Optional.empty(), Optional.empty());
	}

	private static String sentence(FieldError error) {
		String reason = error.reason();
		return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + (reason.endsWith(".") ? "" : ".");
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new PageNotFound();
		}
	}

	private ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> variables) {
		return ResponseEntity.status(status)
			.contentType(Pages.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("Referrer-Policy", "no-referrer")
			.body(pages.render(template, variables));
	}

	private static ResponseEntity<String> seeOther(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	private Applicants applicants() {
		Applicants found = applicants.getIfAvailable();
		if (found == null) {
			throw new PageNotFound();
		}
		return found;
	}
}
