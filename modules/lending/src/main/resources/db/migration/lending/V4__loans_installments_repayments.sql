-- A loan of a lender, opened from an accepted offer. The balances are kept on the row so that a
-- repayment and the close of business touch the loan and its open installments, never its history:
-- outstanding_principal (lent, not yet repaid), accrued_interest (earned up to business_date, not yet
-- due), days_past_due and arrears_bucket as the last close of business found them. business_date is
-- the last day the close of business ran for the loan (the disbursement day until then), in the
-- lender's time_zone.
CREATE TABLE lending.loans (
    tenant_id                uuid        NOT NULL,
    id                       uuid        PRIMARY KEY,
    offer_id                 uuid        NOT NULL UNIQUE,
    application_id           uuid        NOT NULL,
    product_id               uuid        NOT NULL REFERENCES lending.products (id),
    borrower_name            text        NOT NULL,
    borrower_email           text        NOT NULL,
    currency                 text        NOT NULL,
    principal                bigint      NOT NULL CHECK (principal > 0),
    origination_fee          bigint      NOT NULL DEFAULT 0,
    annual_rate_basis_points integer     NOT NULL,
    amortization             text        NOT NULL,
    day_count                text        NOT NULL,
    repayment_frequency      text        NOT NULL,
    term_months              integer     NOT NULL,
    grace_months             integer     NOT NULL DEFAULT 0,
    late_fee                 bigint      NOT NULL DEFAULT 0,
    time_zone                text        NOT NULL,
    disbursed_on             date        NOT NULL,
    status                   text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    outstanding_principal    bigint      NOT NULL CHECK (outstanding_principal >= 0),
    accrued_interest         bigint      NOT NULL DEFAULT 0,
    days_past_due            integer     NOT NULL DEFAULT 0,
    arrears_bucket           text        NOT NULL DEFAULT 'current'
                                         CHECK (arrears_bucket IN ('current', '1-30', '31-60', '61-90', '90+')),
    business_date            date        NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    closed_at                timestamptz
) WITH (fillfactor = 70);
-- The close of business rewrites every active loan once a day (business_date, balances), a repayment
-- its loan: no index names a column they change, and pages keep room, so those updates are HOT (the
-- new row version goes on the same page, no index is written). The claim walks this index in id order
-- from where the worker's last chunk ended, checking business_date on the row.
CREATE INDEX loans_to_close_the_day ON lending.loans (tenant_id, id) WHERE status = 'active';

-- One installment of a loan's schedule: pending → due (its date came) → overdue (it passed unpaid)
-- → paid; a prepayment may rewrite the pending ones. fees grow by late fees.
CREATE TABLE lending.installments (
    tenant_id      uuid    NOT NULL,
    loan_id        uuid    NOT NULL REFERENCES lending.loans (id),
    number         integer NOT NULL,
    due_date       date    NOT NULL,
    principal      bigint  NOT NULL CHECK (principal >= 0),
    interest       bigint  NOT NULL CHECK (interest >= 0),
    fees           bigint  NOT NULL DEFAULT 0 CHECK (fees >= 0),
    paid_principal bigint  NOT NULL DEFAULT 0,
    paid_interest  bigint  NOT NULL DEFAULT 0,
    paid_fees      bigint  NOT NULL DEFAULT 0,
    status         text    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'due', 'overdue', 'paid')),
    paid_on        date,
    PRIMARY KEY (loan_id, number)
);
CREATE INDEX installments_open ON lending.installments (loan_id, number) WHERE status <> 'paid';
CREATE INDEX installments_open_by_date ON lending.installments (tenant_id, due_date) WHERE status <> 'paid';

-- A repayment, once per loan and reference. allocation lists what each installment received
-- (fees, interest, principal); prepayment is what went beyond, applied as the borrower chose.
CREATE TABLE lending.repayments (
    tenant_id         uuid        NOT NULL,
    id                uuid        PRIMARY KEY,
    loan_id           uuid        NOT NULL REFERENCES lending.loans (id),
    reference         text        NOT NULL,
    amount            bigint      NOT NULL CHECK (amount > 0),
    paid_at           timestamptz NOT NULL,
    allocation        jsonb       NOT NULL,
    prepayment        bigint      NOT NULL DEFAULT 0,
    prepayment_choice text        CHECK (prepayment_choice IN ('shorter_term', 'lower_installment')),
    received_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (loan_id, reference)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['loans', 'installments', 'repayments'] LOOP
        EXECUTE format('ALTER TABLE lending.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE lending.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON lending.%I '
                       'USING (tenant_id = platform.current_tenant() OR platform.is_platform()) '
                       'WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON lending.%I TO ${app_role}', t);
    END LOOP;
END $$;
-- A prepayment that shortens the term removes the installments it paid off ahead of time.
GRANT DELETE ON lending.installments TO ${app_role};
