-- A payment intent. While it awaits the processor (processing, pending), verify_after says when the
-- verification job asks the processor about it; verify_attempts counts the questions left unsettled.
CREATE TABLE payments.intents (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    reference        text        NOT NULL,
    amount           bigint      NOT NULL CHECK (amount > 0),
    currency         char(3)     NOT NULL,
    status           text        NOT NULL
                     CHECK (status IN ('requires_payment', 'processing', 'pending', 'succeeded', 'failed')),
    payment_method   text,
    charge_id        text,
    failure_code     text,
    refunded_amount  bigint      NOT NULL DEFAULT 0,
    refunding_amount bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    verify_after     timestamptz,
    verify_attempts  integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    -- Refunds, confirmed or under way, never exceed what was paid.
    CHECK (refunded_amount >= 0 AND refunding_amount >= 0 AND refunded_amount + refunding_amount <= amount)
);
CREATE INDEX intents_by_reference ON payments.intents (tenant_id, reference);
CREATE INDEX intents_to_verify ON payments.intents (verify_after) WHERE status IN ('processing', 'pending');

-- A refund is pending until the processor confirms it; its amount is set aside on the intent meanwhile.
CREATE TABLE payments.refunds (
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    payment_id          uuid        NOT NULL,
    amount              bigint      NOT NULL CHECK (amount > 0),
    currency            char(3)     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    processor_refund_id text,
    failure_code        text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    verify_after        timestamptz,
    verify_attempts     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, payment_id) REFERENCES payments.intents (tenant_id, id)
);
CREATE INDEX refunds_of_payment ON payments.refunds (tenant_id, payment_id, created_at);
CREATE INDEX refunds_to_verify ON payments.refunds (verify_after) WHERE status = 'pending';

-- Webhook events already acted on, by the processor's event id: a delivery seen twice acts once.
CREATE TABLE payments.processor_events (
    tenant_id   uuid        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    payment_id  uuid        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, event_id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['intents', 'refunds', 'processor_events'] LOOP
        EXECUTE format('ALTER TABLE payments.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE payments.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON payments.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA payments TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON payments.intents TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON payments.refunds TO ${app_role};
GRANT SELECT, INSERT ON payments.processor_events TO ${app_role};

-- The verification job looks across tenants, which the application role cannot do. These functions,
-- running with the owner's rights, do exactly that: each claims up to max_count intents (refunds) due
-- for a question, skipping those another instance is claiming, and pushes their verify_after out by
-- the lease so no other instance asks about them meanwhile. They answer whose they are and how many
-- questions about them went unsettled before.
CREATE FUNCTION payments.claim_payments_to_verify(max_count integer, lease_seconds double precision)
    RETURNS TABLE (claimed_tenant uuid, claimed_id uuid, questions_asked integer)
    LANGUAGE sql SECURITY DEFINER SET search_path = payments, pg_temp
    AS $$ UPDATE payments.intents i SET verify_after = now() + make_interval(secs => lease_seconds)
          FROM (SELECT tenant_id, id FROM payments.intents
                WHERE status IN ('processing', 'pending') AND verify_after <= now()
                ORDER BY verify_after LIMIT max_count FOR UPDATE SKIP LOCKED) due
          WHERE i.tenant_id = due.tenant_id AND i.id = due.id
          RETURNING i.tenant_id, i.id, i.verify_attempts $$;

CREATE FUNCTION payments.claim_refunds_to_verify(max_count integer, lease_seconds double precision)
    RETURNS TABLE (claimed_tenant uuid, claimed_id uuid, questions_asked integer)
    LANGUAGE sql SECURITY DEFINER SET search_path = payments, pg_temp
    AS $$ UPDATE payments.refunds r SET verify_after = now() + make_interval(secs => lease_seconds)
          FROM (SELECT tenant_id, id FROM payments.refunds
                WHERE status = 'pending' AND verify_after <= now()
                ORDER BY verify_after LIMIT max_count FOR UPDATE SKIP LOCKED) due
          WHERE r.tenant_id = due.tenant_id AND r.id = due.id
          RETURNING r.tenant_id, r.id, r.verify_attempts $$;

REVOKE EXECUTE ON FUNCTION payments.claim_payments_to_verify(integer, double precision) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION payments.claim_refunds_to_verify(integer, double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payments.claim_payments_to_verify(integer, double precision) TO ${app_role};
GRANT EXECUTE ON FUNCTION payments.claim_refunds_to_verify(integer, double precision) TO ${app_role};
