/**
 * Onboarding: bulk jobs that bring thousands of businesses onto Plaza at once. Each row is
 * validated by its country's rules, verified with a KYB provider, and provisioned exactly once per
 * tax id (an organization with its three tenants, its owner invited, its ledger accounts opened,
 * its country's configuration applied), with per-item state, retries and progress.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "tenancy", "identity", "ledger", "rules", "orders", "audit" })
package dev.plaza.onboarding;

import org.springframework.modulith.ApplicationModule;
