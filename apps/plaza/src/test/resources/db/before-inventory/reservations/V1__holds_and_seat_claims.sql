-- A hold as the customer asked for it. Its seats are kept from others by seat_claims below, not
-- by this row: a hold is active while released_at is NULL and expires_at lies ahead.
CREATE TABLE reservations.holds (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    showtime_id uuid        NOT NULL,
    seats       text[]      NOT NULL,
    customer    text        NOT NULL,
    client_id   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    released_at timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX holds_unreleased_by_customer ON reservations.holds (tenant_id, customer, expires_at) WHERE released_at IS NULL;
CREATE INDEX holds_unreleased_by_client ON reservations.holds (tenant_id, client_id, expires_at) WHERE released_at IS NULL;
CREATE INDEX holds_unreleased_by_showtime ON reservations.holds (tenant_id, showtime_id) WHERE released_at IS NULL;

-- At most one row per seat of a showtime (the primary key), so two holds can never take one seat.
-- A row takes its seat only while expires_at > now() or once sold: an expired row is free for the
-- next hold to overwrite, with no job needed to clear it first. Selling belongs to orders.
CREATE TABLE reservations.seat_claims (
    tenant_id   uuid        NOT NULL,
    showtime_id uuid        NOT NULL,
    seat_label  text        NOT NULL,
    hold_id     uuid        NOT NULL,
    expires_at  timestamptz NOT NULL,
    sold        boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, showtime_id, seat_label)
);
CREATE INDEX seat_claims_by_hold ON reservations.seat_claims (tenant_id, hold_id);
CREATE INDEX seat_claims_lapsed ON reservations.seat_claims (expires_at) WHERE NOT sold;

-- A tenant's overrides of the plaza.reservations.* defaults; NULL keeps the default.
CREATE TABLE reservations.settings (
    tenant_id                     uuid        PRIMARY KEY,
    hold_ttl_seconds              integer,
    max_seats_per_hold            integer,
    max_active_holds_per_customer integer,
    max_active_holds_per_client   integer,
    client_rate_per_second        integer,
    client_rate_burst             integer,
    ip_rate_per_second            integer,
    ip_rate_burst                 integer,
    updated_at                    timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['holds', 'seat_claims', 'settings'] LOOP
        EXECUTE format('ALTER TABLE reservations.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE reservations.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON reservations.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA reservations TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON reservations.holds TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON reservations.seat_claims TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON reservations.settings TO ${app_role};

-- Hygiene only: expired claims already free their seats by themselves. This deletes those that
-- lapsed long ago, across tenants (which the application role cannot see), a chunk at a time.
CREATE FUNCTION reservations.purge_lapsed_claims(lapsed_before timestamptz, max_count integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = reservations, pg_temp
    AS $$ WITH purged AS (
              DELETE FROM reservations.seat_claims c USING (
                  SELECT tenant_id, showtime_id, seat_label FROM reservations.seat_claims
                  WHERE NOT sold AND expires_at < lapsed_before
                  ORDER BY expires_at LIMIT max_count FOR UPDATE SKIP LOCKED) lapsed
              WHERE c.tenant_id = lapsed.tenant_id AND c.showtime_id = lapsed.showtime_id
                AND c.seat_label = lapsed.seat_label AND NOT c.sold AND c.expires_at < lapsed_before
              RETURNING 1)
          SELECT count(*)::integer FROM purged $$;
REVOKE EXECUTE ON FUNCTION reservations.purge_lapsed_claims(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reservations.purge_lapsed_claims(timestamptz, integer) TO ${app_role};
