-- Set by the request's own business transaction as it commits: a key whose holder died after that
-- commit but before its response was stored must not run its request a second time.
ALTER TABLE platform.idempotency_records ADD COLUMN effected_at timestamptz;
