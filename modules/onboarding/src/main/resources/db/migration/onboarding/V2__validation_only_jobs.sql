-- A job either onboards its businesses or only validates the file against the rules (a dry run):
-- the items of a validation-only job end validated or invalid, and no worker verifies them.
ALTER TABLE onboarding.jobs ADD COLUMN mode text NOT NULL DEFAULT 'onboard' CHECK (mode IN ('onboard', 'validate'));
