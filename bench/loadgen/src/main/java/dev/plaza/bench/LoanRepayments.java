package dev.plaza.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The repayments scenario: a lender's systems recording what borrowers paid, {@code POST
 * /api/v1/lending/loans/{id}/repayments} of 1.00 on a seeded random one of {@code --accounts} loans that
 * bench/lending-repayments.sh stored before the run (ids {@link #loanId}), each with a reference of its
 * own. Each repayment locks its loan, reads its open installments, writes them and the balances, records
 * the repayment and posts its chain to the ledger.
 */
final class LoanRepayments implements Workload {

	/** The day the seeded loans were paid on: after their disbursement, before their first due date. */
	static final String PAID_AT = "2026-01-20T10:00:00Z";

	private final Options options;

	private final TenantApi api;

	private final SplittableRandom random;

	private final AtomicLong references = new AtomicLong();

	LoanRepayments(Options options) {
		this.options = options;
		this.api = new TenantApi(options);
		this.random = new SplittableRandom(options.seed());
	}

	/** The id of seeded loan {@code i}, as bench/lending/loans.sql makes it. */
	static String loanId(int i) {
		return String.format(Locale.ROOT, "00000000-0000-7000-8000-%012x", i);
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "repayments: %.1f repayments/s over %d loans", options.rate(), options.accounts());
	}

	@Override
	public Call next(boolean measured) {
		String path = "/api/v1/lending/loans/" + loanId(random.nextInt(options.accounts())) + "/repayments";
		String body = String.format(Locale.ROOT, "{\"amount\":100,\"paidAt\":\"%s\",\"reference\":\"bench-%d-%d\"}",
				PAID_AT, options.seed(), references.incrementAndGet());
		return new Call(api.request(options.baseUrl().resolve(path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), path);
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		}
		return Outcome.ok("repaid");
	}
}
