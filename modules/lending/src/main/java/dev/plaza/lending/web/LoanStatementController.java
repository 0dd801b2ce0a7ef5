package dev.plaza.lending.web;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.LoanReads;
import dev.plaza.lending.application.LoanReads.Statement;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanInstallment;
import dev.plaza.lending.web.LoanViews.InstallmentView;
import dev.plaza.lending.web.LoanViews.RepaymentView;
import dev.plaza.platform.Money;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A loan's statement: who lent to whom on which terms, the balances today, the schedule with what was
 * paid and the repayments. JSON, or a printable page for {@code Accept: text/html}.
 */
@RestController
class LoanStatementController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/** The page runs no script and loads nothing; its only style is inline. */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final LoanReads reads;

	private final SpringTemplateEngine templates;

	LoanStatementController(LoanReads reads, SpringTemplateEngine templates) {
		this.reads = reads;
		this.templates = templates;
	}

	@GetMapping(path = "/api/v1/lending/loans/{id}/statement", produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.TEXT_HTML_VALUE })
	@PreAuthorize("hasAuthority('SCOPE_lending:read')")
	@ApiResponse(responseCode = "200", description = "The statement: JSON, or a printable HTML page for Accept: text/html",
			content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = StatementView.class)),
					@Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<?> statement(@PathVariable UUID id, @RequestHeader(name = "Accept", required = false) String accept) {
		StatementView statement = StatementView.of(reads.statement(new LoanId(id)));
		if (!prefersHtml(accept)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statement);
		}
		Context context = new Context(Locale.ENGLISH, Map.of("statement", statement, "money",
				new MoneyFormat(statement.terms().currency())));
		return ResponseEntity.ok()
			.contentType(HTML)
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.body(templates.process("lending/statement", context));
	}

	/** JSON unless the caller ranks HTML above JSON (as a browser does); {@code *}{@code /*} means JSON. */
	private static boolean prefersHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> ranked = new ArrayList<>(MediaType.parseMediaTypes(accept));
		ranked.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : ranked) {
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return false;
			}
			if (type.includes(MediaType.TEXT_HTML)) {
				return true;
			}
		}
		return false;
	}

	/** Amounts on the page as people read them: {@code 888.49 EUR}. */
	record MoneyFormat(String currency) {

		public String of(long minor) {
			return Money.of(minor, currency).toString();
		}
	}

	/**
	 * @param on the lender's day the balances are for
	 */
	record StatementView(UUID loanId, LocalDate on, Party lender, Party borrower, Terms terms, Balances balances,
			List<InstallmentView> schedule, List<RepaymentView> repayments) {

		static StatementView of(Statement statement) {
			Loan loan = statement.details().loan();
			List<LoanInstallment> schedule = statement.details().schedule();
			return new StatementView(loan.id().value(), statement.on(), new Party(statement.lender(), null),
					new Party(loan.borrowerName(), loan.borrowerEmail()),
					new Terms(loan.currency().getCurrencyCode(), loan.principal(), loan.originationFee(),
							loan.annualRateBasisPoints(), loan.amortization().code(), loan.dayCount().code(), loan.frequency().code(),
							loan.termMonths(), loan.graceMonths(), loan.disbursedOn()),
					new Balances(loan.status(), loan.outstandingPrincipal(), loan.principal() - loan.outstandingPrincipal(),
							schedule.stream().mapToLong(LoanInstallment::paidInterest).sum(),
							schedule.stream().mapToLong(LoanInstallment::paidFees).sum(), statement.payoff(), loan.daysPastDue(),
							loan.arrearsBucket()),
					schedule.stream().map(InstallmentView::of).toList(),
					statement.details().repayments().stream().map(RepaymentView::of).toList());
		}
	}

	record Party(String name, @Schema(nullable = true) String email) {
	}

	record Terms(String currency, long principal, long originationFee, int annualRateBasisPoints, String amortization,
			String dayCount, String repaymentFrequency, int termMonths, int graceMonths, LocalDate disbursedOn) {
	}

	/**
	 * @param paidPrincipal principal repaid so far (prepayments included)
	 * @param payoff what would close the loan on the statement's day; 0 once closed
	 */
	record Balances(String status, long outstandingPrincipal, long paidPrincipal, long paidInterest, long paidFees,
			long payoff, int daysPastDue, String arrearsBucket) {
	}
}
