-- The loans bench/lending-repayments.sh pays on, stored directly in the lender's tenant (as postgres,
-- which row-level security does not confine): :loans loans of 10,000.00 EUR disbursed on 15 January 2026,
-- 12 monthly installments of 833.33 principal (the last 833.37) and 100.00 interest each. Loan i has the id
-- 00000000-0000-7000-8000-<i as 12 hex digits>, which the load generator derives the same way.
-- No disbursement is posted: the benchmark measures repayments, whose ledger chains open the lender's
-- accounts on the first one.
\set product 00000000-0000-7000-8000-ffffffffffff
BEGIN;
INSERT INTO lending.products (tenant_id, id, code, name, country, currency, min_amount, max_amount, terms_months,
    annual_rate_basis_points, amortization, day_count, repayment_frequency)
VALUES (:'tenant', :'product', 'bench', 'Benchmark loan', 'ES', 'EUR', 100000, 10000000, '{12}', 1200,
    'declining_balance', '30/360', 'monthly');
INSERT INTO lending.loans (tenant_id, id, offer_id, application_id, product_id, borrower_name, borrower_email, currency,
    principal, annual_rate_basis_points, amortization, day_count, repayment_frequency, term_months, time_zone,
    disbursed_on, outstanding_principal, business_date)
SELECT :'tenant', ('00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, gen_random_uuid(), gen_random_uuid(),
    :'product', 'Borrower ' || i, 'borrower' || i || '@loans.bench', 'EUR', 1000000, 1200, 'declining_balance', '30/360',
    'monthly', 12, 'UTC', DATE '2026-01-15', 1000000, DATE '2026-01-15'
FROM generate_series(0, :loans - 1) AS i;
INSERT INTO lending.installments (tenant_id, loan_id, number, due_date, principal, interest)
SELECT l.tenant_id, l.id, n, (DATE '2026-01-15' + make_interval(months => n))::date,
    CASE WHEN n = 12 THEN 1000000 - 83333 * 11 ELSE 83333 END, 10000
FROM lending.loans l CROSS JOIN generate_series(1, 12) AS n
WHERE l.tenant_id = :'tenant';
COMMIT;
ANALYZE lending.loans;
ANALYZE lending.installments;
