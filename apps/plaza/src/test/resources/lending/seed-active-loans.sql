-- Seeds :loans active loans of the lender :'tenant' set-wise, each at the business date :'business_date',
-- ready for the close of the next day: a product, the loans (6, 12 or 18 monthly installments, equal
-- principal, 30/360, disbursed so that every loan is still running), their installments paid up to the
-- business date, except for :arrears_percent % of the loans, which owe the installments of their last 1
-- to 120 days (overdue, late fee charged) and carry the matching days past due and bucket. Borrowers'
-- e-mail addresses are at :'domain'. Deterministic for a given :seed (a number between -1 and 1).
-- Used by bench/close-of-business.sh (psql -v) and CloseOfBusinessCrashIT (the same variables replaced).
SELECT setseed(:seed);

INSERT INTO lending.products (tenant_id, id, code, name, country, currency, min_amount, max_amount, terms_months,
                              annual_rate_basis_points, amortization, day_count, repayment_frequency, late_fee)
VALUES (:'tenant', md5(:'tenant' || '/seeded-product')::uuid, 'seeded-personal', 'Personal loan', 'ES', 'EUR', 100000,
        2000000, '{6,12,18}', 1200, 'equal_principal', '30/360', 'monthly', 1500)
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE seeded_loans AS
SELECT id, g, principal, term_months, rate,
       (:'business_date'::date - floor(random() * (term_months * 30 - 1))::int) AS disbursed_on,
       CASE WHEN random() * 100 < :arrears_percent THEN 1 + floor(random() * 120)::int ELSE 0 END AS arrears_days
FROM (SELECT md5(:'tenant' || '/seeded-loan/' || g)::uuid AS id, g,
             (10 + floor(random() * 190))::bigint * 10000 AS principal,
             (ARRAY[6, 12, 18])[1 + floor(random() * 3)::int] AS term_months,
             (900 + floor(random() * 10)::int * 100) AS rate
      FROM generate_series(1, :loans) g) drawn;

INSERT INTO lending.loans (tenant_id, id, offer_id, application_id, product_id, borrower_name, borrower_email, currency,
                           principal, annual_rate_basis_points, amortization, day_count, repayment_frequency, term_months,
                           late_fee, time_zone, disbursed_on, outstanding_principal, business_date)
SELECT :'tenant', id, md5(id || '/offer')::uuid, md5(id || '/application')::uuid, md5(:'tenant' || '/seeded-product')::uuid,
       'Borrower ' || g, 'borrower-' || g || '@' || :'domain', 'EUR', principal, rate, 'equal_principal', '30/360', 'monthly',
       term_months, 1500, 'Europe/Madrid', disbursed_on, principal, :'business_date'
FROM seeded_loans;

INSERT INTO lending.installments (tenant_id, loan_id, number, due_date, principal, interest, fees, paid_principal,
                                  paid_interest, paid_fees, status, paid_on, late_fee_charged)
SELECT :'tenant', l.id, n, s.due_date, s.principal, s.interest,
       CASE WHEN s.state = 'overdue' THEN 1500 ELSE 0 END,
       CASE WHEN s.state = 'paid' THEN s.principal ELSE 0 END,
       CASE WHEN s.state = 'paid' THEN s.interest ELSE 0 END,
       0, s.state, CASE WHEN s.state = 'paid' THEN s.due_date END, s.state = 'overdue'
FROM seeded_loans l
CROSS JOIN LATERAL generate_series(1, l.term_months) n
CROSS JOIN LATERAL (
    SELECT due_date, principal, interest,
           CASE WHEN due_date > :'business_date'::date THEN 'pending'
                WHEN due_date = :'business_date'::date THEN 'due'
                WHEN due_date >= :'business_date'::date - l.arrears_days THEN 'overdue'
                ELSE 'paid' END AS state
    FROM (SELECT (l.disbursed_on + make_interval(months => n))::date AS due_date,
                 CASE WHEN n = l.term_months THEN l.principal - (l.principal / l.term_months) * (l.term_months - 1)
                      ELSE l.principal / l.term_months END AS principal,
                 round((l.principal - (l.principal / l.term_months) * (n - 1)) * l.rate / 120000.0)::bigint AS interest) dated
) s;

UPDATE lending.loans l
SET outstanding_principal = l.principal - owed.repaid,
    days_past_due = coalesce(:'business_date'::date - owed.oldest_unpaid, 0),
    arrears_bucket = CASE WHEN owed.oldest_unpaid IS NULL THEN 'current'
                          WHEN :'business_date'::date - owed.oldest_unpaid <= 30 THEN '1-30'
                          WHEN :'business_date'::date - owed.oldest_unpaid <= 60 THEN '31-60'
                          WHEN :'business_date'::date - owed.oldest_unpaid <= 90 THEN '61-90'
                          ELSE '90+' END
FROM (SELECT i.loan_id, sum(i.paid_principal) AS repaid,
             min(i.due_date) FILTER (WHERE i.status = 'overdue') AS oldest_unpaid
      FROM lending.installments i JOIN seeded_loans s ON s.id = i.loan_id
      GROUP BY i.loan_id) owed
WHERE l.id = owed.loan_id;

DROP TABLE seeded_loans;
