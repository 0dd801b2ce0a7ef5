package dev.plaza.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The applications scenario: applicants applying on the marketplace, {@code POST
 * /api/v1/lending/applications} for 10,000.00 € over 12 months, each by a person of their own (a valid
 * Spanish DNI the bundled bureau scores 750). The answer is the 201 of the submission; the decisions that
 * follow in the background — eligibility rules, the bureau, the offer — are measured afterwards from
 * their recorded times by bench/lending-decisions.sh.
 */
final class LoanApplications implements Workload {

	private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	/** The bundled bureau scores a national id by its last three digits. */
	private static final int SCORE = 750;

	private final Options options;

	private final TenantApi api;

	private final AtomicLong applicants = new AtomicLong();

	LoanApplications(Options options) {
		this.options = options;
		this.api = new TenantApi(options);
	}

	/**
	 * Applicant {@code n}'s DNI: eight digits ending in the score, and the letter of their mod 23; the
	 * first 100,000 applicants of a run are different people.
	 */
	static String nationalId(long seed, long n) {
		long number = Math.floorMod(seed * 7919 + n, 100_000) * 1000 + SCORE;
		return String.format(Locale.ROOT, "%08d%c", number, DNI_LETTERS.charAt((int) (number % 23)));
	}

	@Override
	public String describe() {
		return String.format(Locale.ROOT, "applications: %.1f marketplace loan applications/s", options.rate());
	}

	@Override
	public Call next(boolean measured) {
		long n = applicants.incrementAndGet();
		String body = String.format(Locale.ROOT, """
				{"applicant":{"name":"Applicant %1$d","nationalId":"%2$s","dateOfBirth":"1985-05-05",\
				"email":"applicant%1$d-%3$d@decisions.bench","income":300000,"employment":"employed",\
				"address":"Calle Mayor %1$d, Madrid"},"amount":1000000,"termMonths":12,"purpose":"car",\
				"country":"ES","consentToShare":true}""", n, nationalId(options.seed(), n), options.seed());
		String path = "/api/v1/lending/applications";
		return new Call(api.request(options.baseUrl().resolve(path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), path);
	}

	@Override
	public Outcome judge(Call call, HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			return Outcome.error("HTTP " + response.statusCode() + ": " + LoadGenerator.truncate(response.body(), 600));
		}
		return Outcome.ok("submitted");
	}
}
