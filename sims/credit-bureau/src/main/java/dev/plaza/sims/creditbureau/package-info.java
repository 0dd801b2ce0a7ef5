/**
 * A simulated credit bureau ({@link dev.plaza.sims.creditbureau.CreditBureauSimulator}): a real SOAP 1.1
 * service answering credit reports under the WSDL and XSD kept in this module's resources
 * ({@code credit-bureau.wsdl}, {@code credit-bureau.xsd}), with configurable latency, SOAP faults and
 * timeouts, and answers derived from the national id so tests can choose a good, borderline or bad applicant.
 */
package dev.plaza.sims.creditbureau;
