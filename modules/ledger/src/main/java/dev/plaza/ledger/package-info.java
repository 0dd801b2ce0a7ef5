/**
 * Ledger: double-entry accounts and transfers in minor units, modelled on TigerBeetle. Transfers
 * are immutable and idempotent by id; two-phase transfers reserve amounts that are later posted,
 * voided or left to expire; linked transfers succeed or fail as one.
 */
@ApplicationModule(allowedDependencies = { "platform", "audit" })
package dev.plaza.ledger;

import org.springframework.modulith.ApplicationModule;
