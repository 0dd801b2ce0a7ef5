-- Outgoing e-mails, recorded in the sender's transaction and sent after it commits. The dedup key
-- is the caller's name for the message: a second message with the same key is never recorded.
-- Status: pending (due at next_attempt_at) → sending (an attempt is under way until
-- next_attempt_at) → sent | failed; a 'sending' row whose lease ran out belonged to a process that
-- died mid-attempt and becomes 'unknown': the SMTP server may have accepted it, so it is not sent again.
CREATE TABLE notifications.emails (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    dedup_key       text        NOT NULL,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    text_body       text,
    html_body       text,
    status          text        NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dedup_key)
);
CREATE INDEX emails_due ON notifications.emails (next_attempt_at) WHERE status IN ('pending', 'sending');

CREATE TABLE notifications.email_attachments (
    tenant_id    uuid    NOT NULL,
    email_id     uuid    NOT NULL,
    position     integer NOT NULL,
    file_name    text    NOT NULL,
    content_type text    NOT NULL,
    content      bytea   NOT NULL,
    PRIMARY KEY (tenant_id, email_id, position),
    FOREIGN KEY (tenant_id, email_id) REFERENCES notifications.emails (tenant_id, id)
);

-- A tenant's webhook receivers. The secret signs every delivery; it is shown once, at creation.
CREATE TABLE notifications.webhook_endpoints (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    url         text        NOT NULL,
    event_types text[]      NOT NULL,
    secret      text        NOT NULL,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    PRIMARY KEY (tenant_id, id)
);

-- One event as published, once per dedup key, with the payload every endpoint receives.
CREATE TABLE notifications.webhook_events (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    type       text        NOT NULL,
    dedup_key  text        NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, dedup_key)
);

-- An event on its way to one endpoint: pending until a 2xx answer (succeeded) or until
-- max_attempts attempts failed (dead). A worker claims a due delivery by moving next_attempt_at
-- past its lease, so a worker that dies mid-attempt leaves it due again once the lease runs out.
CREATE TABLE notifications.webhook_deliveries (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    event_id        uuid        NOT NULL,
    endpoint_id     uuid        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'dead')),
    attempts        integer     NOT NULL DEFAULT 0,
    max_attempts    integer     NOT NULL,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, event_id, endpoint_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES notifications.webhook_events (tenant_id, id),
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES notifications.webhook_endpoints (tenant_id, id)
);
CREATE INDEX webhook_deliveries_due ON notifications.webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_endpoint ON notifications.webhook_deliveries (tenant_id, endpoint_id, id);

-- Every attempt, as the tenant sees it in the delivery log.
CREATE TABLE notifications.webhook_attempts (
    tenant_id     uuid        NOT NULL,
    delivery_id   uuid        NOT NULL,
    number        integer     NOT NULL,
    attempted_at  timestamptz NOT NULL,
    duration_ms   integer     NOT NULL,
    response_code integer,
    error         text,
    PRIMARY KEY (tenant_id, delivery_id, number),
    FOREIGN KEY (tenant_id, delivery_id) REFERENCES notifications.webhook_deliveries (tenant_id, id)
);

-- A mass e-mail. Status: draft (recipients may be added) → running → completed | cancelled.
-- A worker holds a running campaign while claimed_until lies ahead; claim_token tells the holder
-- whether it still holds it.
CREATE TABLE notifications.campaigns (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    subject       text        NOT NULL,
    text_body     text,
    html_body     text,
    status        text        NOT NULL CHECK (status IN ('draft', 'running', 'completed', 'cancelled')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    claimed_until timestamptz,
    claim_token   uuid,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX campaigns_running ON notifications.campaigns (claimed_until) WHERE status = 'running';

-- One recipient of a campaign, each address once. Status: pending → sending (marked and committed
-- before the SMTP conversation) → sent | failed. A recipient found 'sending' by the next holder of
-- the campaign was being sent when its last holder died: it becomes 'unknown' and is never resent.
CREATE TABLE notifications.campaign_recipients (
    tenant_id       uuid        NOT NULL,
    campaign_id     uuid        NOT NULL,
    position        integer     NOT NULL,
    email           text        NOT NULL,
    name            text,
    status          text        NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    attempted_at    timestamptz,
    error           text,
    PRIMARY KEY (tenant_id, campaign_id, position),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES notifications.campaigns (tenant_id, id)
);
CREATE UNIQUE INDEX campaign_recipients_once ON notifications.campaign_recipients (tenant_id, campaign_id, lower(email));
CREATE INDEX campaign_recipients_by_status ON notifications.campaign_recipients (tenant_id, campaign_id, status, position);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['emails', 'email_attachments', 'webhook_endpoints', 'webhook_events', 'webhook_deliveries',
                             'webhook_attempts', 'campaigns', 'campaign_recipients'] LOOP
        EXECUTE format('ALTER TABLE notifications.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE notifications.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON notifications.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON notifications.%I TO ${app_role}', t);
    END LOOP;
END $$;
GRANT USAGE ON SCHEMA notifications TO ${app_role};

-- Background work crosses tenants, which the application role cannot see. Each function below
-- claims due work for one worker, skipping rows other instances hold, and answers only the tenant
-- and id: the worker then handles each item inside its tenant, under row-level security.

-- Abandoned attempts become 'unknown' (never resent); then due e-mails move to 'sending' with a lease.
CREATE FUNCTION notifications.claim_due_emails(max_count integer, lease interval)
    RETURNS TABLE (tenant_id uuid, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path = notifications, pg_temp
    AS $$ UPDATE notifications.emails e
          SET status = 'unknown', last_error = 'The sending process stopped during the SMTP conversation; '
                                               || 'the message may have been delivered, so it is not sent again.'
          FROM (SELECT x.tenant_id, x.id FROM notifications.emails x
                WHERE x.status = 'sending' AND x.next_attempt_at <= now()
                FOR UPDATE SKIP LOCKED) abandoned
          WHERE e.tenant_id = abandoned.tenant_id AND e.id = abandoned.id;
          UPDATE notifications.emails e
          SET status = 'sending', attempts = e.attempts + 1, next_attempt_at = now() + lease
          FROM (SELECT x.tenant_id, x.id FROM notifications.emails x
                WHERE x.status = 'pending' AND x.next_attempt_at <= now()
                ORDER BY x.next_attempt_at LIMIT max_count
                FOR UPDATE SKIP LOCKED) due
          WHERE e.tenant_id = due.tenant_id AND e.id = due.id
          RETURNING e.tenant_id, e.id $$;

CREATE FUNCTION notifications.claim_due_deliveries(max_count integer, lease interval)
    RETURNS TABLE (tenant_id uuid, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path = notifications, pg_temp
    AS $$ UPDATE notifications.webhook_deliveries d
          SET next_attempt_at = now() + lease
          FROM (SELECT x.tenant_id, x.id FROM notifications.webhook_deliveries x
                WHERE x.status = 'pending' AND x.next_attempt_at <= now()
                ORDER BY x.next_attempt_at LIMIT max_count
                FOR UPDATE SKIP LOCKED) due
          WHERE d.tenant_id = due.tenant_id AND d.id = due.id
          RETURNING d.tenant_id, d.id $$;

-- One running campaign nobody holds (its last holder's lease ran out, or it never had one).
CREATE FUNCTION notifications.claim_campaign(lease interval, token uuid)
    RETURNS TABLE (tenant_id uuid, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path = notifications, pg_temp
    AS $$ UPDATE notifications.campaigns c
          SET claimed_until = now() + lease, claim_token = token
          FROM (SELECT x.tenant_id, x.id FROM notifications.campaigns x
                WHERE x.status = 'running' AND (x.claimed_until IS NULL OR x.claimed_until <= now())
                ORDER BY x.claimed_until NULLS FIRST LIMIT 1
                FOR UPDATE SKIP LOCKED) free
          WHERE c.tenant_id = free.tenant_id AND c.id = free.id
          RETURNING c.tenant_id, c.id $$;

DO $$
DECLARE f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['claim_due_emails(integer, interval)', 'claim_due_deliveries(integer, interval)',
                             'claim_campaign(interval, uuid)'] LOOP
        EXECUTE 'REVOKE EXECUTE ON FUNCTION notifications.' || f || ' FROM PUBLIC';
        EXECUTE 'GRANT EXECUTE ON FUNCTION notifications.' || f || ' TO ${app_role}';
    END LOOP;
END $$;
