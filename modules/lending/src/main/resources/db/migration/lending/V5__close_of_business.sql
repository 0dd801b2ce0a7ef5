-- One close of business of a lender for one business date (the lender's local day): running while
-- chunks of its loans are still at the day before, completed once every active loan reached it.
-- The counts add up what each committed chunk did, so they show progress and survive a crash.
CREATE TABLE lending.close_of_business (
    tenant_id            uuid        NOT NULL,
    business_date        date        NOT NULL,
    status               text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed')),
    loans                integer     NOT NULL DEFAULT 0,
    installments_due     integer     NOT NULL DEFAULT 0,
    installments_overdue integer     NOT NULL DEFAULT 0,
    late_fees            integer     NOT NULL DEFAULT 0,
    delinquent           integer     NOT NULL DEFAULT 0,
    started_at           timestamptz NOT NULL DEFAULT now(),
    finished_at          timestamptz,
    PRIMARY KEY (tenant_id, business_date)
);

ALTER TABLE lending.close_of_business ENABLE ROW LEVEL SECURITY;
ALTER TABLE lending.close_of_business FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lending.close_of_business
    USING (tenant_id = platform.current_tenant() OR platform.is_platform())
    WITH CHECK (tenant_id = platform.current_tenant() OR platform.is_platform());
GRANT SELECT, INSERT, UPDATE ON lending.close_of_business TO ${app_role};

-- The late fee is charged once per installment, whatever later rewrites its status.
ALTER TABLE lending.installments ADD COLUMN late_fee_charged boolean NOT NULL DEFAULT false;

-- Days between two dates under 30/360 (European: a 31st counts as the 30th), for interest accrual.
CREATE FUNCTION lending.days_30_360(from_date date, to_date date) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (extract(year FROM to_date) - extract(year FROM from_date))::integer * 360
         + (extract(month FROM to_date) - extract(month FROM from_date))::integer * 30
         + least(extract(day FROM to_date), 30)::integer - least(extract(day FROM from_date), 30)::integer;
