/**
 * Lending: lenders' loan products, applications delivered to the lenders whose products fit,
 * decisions, offers with their APR, schedules, repayments through the ledger (recorded, or charged to the
 * borrower's card through payments), and the daily close of business that follows arrears.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "tenancy", "ledger", "payments", "rules", "notifications", "audit" })
package dev.plaza.lending;

import org.springframework.modulith.ApplicationModule;
