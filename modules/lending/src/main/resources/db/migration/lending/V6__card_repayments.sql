-- A repayment by card: the payment intent charged for a loan's repayment reference. One per loan and
-- reference, so the same reference never charges twice; the repayment itself is recorded in
-- lending.repayments, under the same reference, once the payment succeeds.
CREATE TABLE lending.card_repayments (
    tenant_id         uuid        NOT NULL,
    payment_id        uuid        PRIMARY KEY,
    loan_id           uuid        NOT NULL REFERENCES lending.loans (id),
    reference         text        NOT NULL,
    amount            bigint      NOT NULL CHECK (amount > 0),
    prepayment_choice text        NOT NULL CHECK (prepayment_choice IN ('shorter_term', 'lower_installment')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (loan_id, reference)
);

ALTER TABLE lending.card_repayments ENABLE ROW LEVEL SECURITY;
ALTER TABLE lending.card_repayments FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lending.card_repayments
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform());
GRANT SELECT, INSERT ON lending.card_repayments TO ${app_role};
