-- Balances and amounts are minor units. Ids are chosen by clients, so they are unique per tenant
-- only: a tenant must never learn that another tenant uses an id.
CREATE TABLE ledger.accounts (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    currency       char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    code           integer     NOT NULL CHECK (code > 0),
    flags          integer     NOT NULL DEFAULT 0,
    metadata       jsonb,
    debits_posted  bigint      NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_posted bigint      NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    debits_pending  bigint     NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    credits_pending bigint     NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);

-- Transfers are immutable; only a pending transfer's status moves (pending → posted, voided or expired).
CREATE TABLE ledger.transfers (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    debit_account_id  uuid        NOT NULL,
    credit_account_id uuid        NOT NULL,
    amount            bigint      NOT NULL CHECK (amount > 0),
    currency          char(3)     NOT NULL,
    code              integer     NOT NULL,
    flags             integer     NOT NULL,
    pending_id        uuid,
    timeout_seconds   bigint      NOT NULL DEFAULT 0,
    ts                timestamptz NOT NULL,
    expires_at        timestamptz,
    pending_status    text CHECK (pending_status IN ('pending', 'posted', 'voided', 'expired')),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX transfers_by_debit_account ON ledger.transfers (tenant_id, debit_account_id, ts, id);
CREATE INDEX transfers_by_credit_account ON ledger.transfers (tenant_id, credit_account_id, ts, id);
CREATE INDEX transfers_pending_expiry ON ledger.transfers (expires_at) WHERE pending_status = 'pending';

CREATE TABLE ledger.account_balances (
    tenant_id       uuid        NOT NULL,
    account_id      uuid        NOT NULL,
    transfer_id     uuid        NOT NULL,
    ts              timestamptz NOT NULL,
    debits_posted   bigint      NOT NULL,
    credits_posted  bigint      NOT NULL,
    debits_pending  bigint      NOT NULL,
    credits_pending bigint      NOT NULL,
    PRIMARY KEY (tenant_id, account_id, ts, transfer_id)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounts', 'transfers', 'account_balances'] LOOP
        EXECUTE format('ALTER TABLE ledger.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE ledger.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON ledger.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA ledger TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON ledger.accounts TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON ledger.transfers TO ${app_role};
GRANT SELECT, INSERT ON ledger.account_balances TO ${app_role};

-- Pending transfers lapse by themselves: this releases the reservations of those past their
-- timeout, across tenants (which the application role cannot see). It locks pending transfers
-- first and then accounts in id order, the order transfer batches lock them in, and skips pending
-- transfers a batch holds (that batch sees them expired anyway).
CREATE FUNCTION ledger.expire_pending_transfers(max_count integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_temp
    AS $$
DECLARE
    lapsed_tenants  uuid[];
    lapsed_debits   uuid[];
    lapsed_credits  uuid[];
    lapsed_amounts  bigint[];
BEGIN
    WITH lapsed AS (
        UPDATE ledger.transfers t SET pending_status = 'expired'
        FROM (SELECT tenant_id, id FROM ledger.transfers
              WHERE pending_status = 'pending' AND expires_at <= clock_timestamp()
              ORDER BY expires_at LIMIT max_count FOR UPDATE SKIP LOCKED) due
        WHERE t.tenant_id = due.tenant_id AND t.id = due.id
        RETURNING t.tenant_id, t.debit_account_id, t.credit_account_id, t.amount)
    SELECT array_agg(tenant_id), array_agg(debit_account_id), array_agg(credit_account_id), array_agg(amount)
    INTO lapsed_tenants, lapsed_debits, lapsed_credits, lapsed_amounts FROM lapsed;
    IF lapsed_tenants IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM ledger.accounts a
        JOIN (SELECT unnest(lapsed_tenants || lapsed_tenants) AS tenant_id, unnest(lapsed_debits || lapsed_credits) AS id) touched
          ON a.tenant_id = touched.tenant_id AND a.id = touched.id
        ORDER BY a.tenant_id, a.id FOR UPDATE OF a;
    UPDATE ledger.accounts a
        SET debits_pending = a.debits_pending - change.released_debits,
            credits_pending = a.credits_pending - change.released_credits
        FROM (SELECT account_tenant, account_id, sum(debit_amount) AS released_debits, sum(credit_amount) AS released_credits
              FROM (SELECT unnest(lapsed_tenants) AS account_tenant, unnest(lapsed_debits) AS account_id,
                           unnest(lapsed_amounts) AS debit_amount, 0::bigint AS credit_amount
                    UNION ALL
                    SELECT unnest(lapsed_tenants), unnest(lapsed_credits), 0::bigint, unnest(lapsed_amounts)) moves
              GROUP BY account_tenant, account_id) change
        WHERE a.tenant_id = change.account_tenant AND a.id = change.account_id;
    RETURN array_length(lapsed_tenants, 1);
END $$;
REVOKE EXECUTE ON FUNCTION ledger.expire_pending_transfers(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ledger.expire_pending_transfers(integer) TO ${app_role};
