-- Releasing an expired reservation changes the pending balances of both accounts, so accounts that
-- keep a history get a row for it too, like for any other transfer. Within one call, an account's
-- lapsed transfers are released in transfer id order (the order history lists rows of equal time).
CREATE OR REPLACE FUNCTION ledger.expire_pending_transfers(max_count integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_temp
    AS $$
DECLARE
    lapsed_tenants  uuid[];
    lapsed_ids      uuid[];
    lapsed_debits   uuid[];
    lapsed_credits  uuid[];
    lapsed_amounts  bigint[];
    released_at     timestamptz := clock_timestamp();
BEGIN
    WITH lapsed AS (
        UPDATE ledger.transfers t SET pending_status = 'expired'
        FROM (SELECT tenant_id, id FROM ledger.transfers
              WHERE pending_status = 'pending' AND expires_at <= released_at
              ORDER BY expires_at LIMIT max_count FOR UPDATE SKIP LOCKED) due
        WHERE t.tenant_id = due.tenant_id AND t.id = due.id
        RETURNING t.tenant_id, t.id, t.debit_account_id, t.credit_account_id, t.amount)
    SELECT array_agg(tenant_id), array_agg(id), array_agg(debit_account_id), array_agg(credit_account_id), array_agg(amount)
    INTO lapsed_tenants, lapsed_ids, lapsed_debits, lapsed_credits, lapsed_amounts FROM lapsed;
    IF lapsed_tenants IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM 1 FROM ledger.accounts a
        JOIN (SELECT unnest(lapsed_tenants || lapsed_tenants) AS tenant_id, unnest(lapsed_debits || lapsed_credits) AS id) touched
          ON a.tenant_id = touched.tenant_id AND a.id = touched.id
        ORDER BY a.tenant_id, a.id FOR UPDATE OF a;
    WITH moves AS (
        SELECT tenant_id, account_id, transfer_id, amount AS debit_amount, 0::bigint AS credit_amount
        FROM unnest(lapsed_tenants, lapsed_debits, lapsed_ids, lapsed_amounts) AS m(tenant_id, account_id, transfer_id, amount)
        UNION ALL
        SELECT tenant_id, account_id, transfer_id, 0::bigint, amount
        FROM unnest(lapsed_tenants, lapsed_credits, lapsed_ids, lapsed_amounts) AS m(tenant_id, account_id, transfer_id, amount)),
    released AS (
        UPDATE ledger.accounts a
            SET debits_pending = a.debits_pending - change.released_debits,
                credits_pending = a.credits_pending - change.released_credits
            FROM (SELECT tenant_id, account_id, sum(debit_amount) AS released_debits, sum(credit_amount) AS released_credits
                  FROM moves GROUP BY tenant_id, account_id) change
            WHERE a.tenant_id = change.tenant_id AND a.id = change.account_id
            RETURNING a.tenant_id, a.id, a.flags, a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending),
    -- After releasing transfer k, the pending balances still include every later release.
    steps AS (
        SELECT r.tenant_id, r.id AS account_id, mv.transfer_id, r.debits_posted, r.credits_posted,
               r.debits_pending + coalesce(sum(mv.debit_amount) OVER later, 0) AS debits_pending,
               r.credits_pending + coalesce(sum(mv.credit_amount) OVER later, 0) AS credits_pending
        FROM released r JOIN moves mv ON mv.tenant_id = r.tenant_id AND mv.account_id = r.id
        WHERE r.flags & 4 <> 0 -- AccountFlag.HISTORY
        WINDOW later AS (PARTITION BY r.tenant_id, r.id ORDER BY mv.transfer_id DESC
                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
    INSERT INTO ledger.account_balances (tenant_id, account_id, transfer_id, ts, debits_posted, credits_posted,
        debits_pending, credits_pending)
    SELECT tenant_id, account_id, transfer_id, released_at, debits_posted, credits_posted, debits_pending, credits_pending
    FROM steps;
    RETURN array_length(lapsed_tenants, 1);
END $$;
