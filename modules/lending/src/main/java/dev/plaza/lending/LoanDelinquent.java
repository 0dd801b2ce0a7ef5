package dev.plaza.lending;

import dev.plaza.platform.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The close of business of {@code businessDate} found the loan past due, or moved it to a later
 * arrears bucket ({@code 1-30}, {@code 31-60}, {@code 61-90}, {@code 90+}). Published once per loan,
 * bucket and business date.
 */
public record LoanDelinquent(TenantId tenant, LoanId loan, LocalDate businessDate, int daysPastDue, String bucket) {

	public LoanDelinquent {
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(loan, "loan");
		Objects.requireNonNull(businessDate, "businessDate");
		Objects.requireNonNull(bucket, "bucket");
	}
}
