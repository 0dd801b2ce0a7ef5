-- A worker claims a batch of due e-mails and starts their SMTP conversations one by one. Only an
-- e-mail whose conversation started (smtp_started_at) may have reached the SMTP server; one claimed
-- by a worker that died before starting it was certainly not sent, and is claimed again once its
-- claim ran out instead of being reported 'unknown'. Attempts count started conversations.
ALTER TABLE notifications.emails ADD COLUMN smtp_started_at timestamptz;

-- Rows claimed by the previous version may be mid-conversation: treat them as started.
UPDATE notifications.emails SET smtp_started_at = now() WHERE status = 'sending';

CREATE OR REPLACE FUNCTION notifications.claim_due_emails(max_count integer, lease interval)
    RETURNS TABLE (tenant_id uuid, id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path = notifications, pg_temp
    AS $$ UPDATE notifications.emails e
          SET status = 'unknown', last_error = 'The sending process stopped during the SMTP conversation; '
                                               || 'the message may have been delivered, so it is not sent again.'
          FROM (SELECT x.tenant_id, x.id FROM notifications.emails x
                WHERE x.status = 'sending' AND x.smtp_started_at IS NOT NULL AND x.next_attempt_at <= now()
                FOR UPDATE SKIP LOCKED) abandoned
          WHERE e.tenant_id = abandoned.tenant_id AND e.id = abandoned.id;
          UPDATE notifications.emails e
          SET status = 'sending', next_attempt_at = now() + lease
          FROM (SELECT x.tenant_id, x.id FROM notifications.emails x
                WHERE (x.status = 'pending' OR x.status = 'sending' AND x.smtp_started_at IS NULL)
                  AND x.next_attempt_at <= now()
                ORDER BY x.next_attempt_at LIMIT max_count
                FOR UPDATE SKIP LOCKED) due
          WHERE e.tenant_id = due.tenant_id AND e.id = due.id
          RETURNING e.tenant_id, e.id $$;
