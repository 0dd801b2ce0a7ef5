-- Shop stock. Products live in the catalog and are checked through its published API; no foreign
-- key crosses into another module's schema.

-- Where stock is kept (a warehouse, a store), named by a code the tenant's staff choose.
CREATE TABLE reservations.stock_locations (
    tenant_id  uuid        NOT NULL,
    code       text        NOT NULL,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, code)
);

-- Units on hand per product and location. Every writer that decides on a product's stock (reserve,
-- commit, adjust) first locks the product's rows here, in (product_id, location_code) order, so
-- decisions about one product are taken one after the other and never deadlock. Never below zero.
CREATE TABLE reservations.stock_levels (
    tenant_id     uuid        NOT NULL,
    product_id    uuid        NOT NULL,
    location_code text        NOT NULL,
    on_hand       bigint      NOT NULL CHECK (on_hand >= 0),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, product_id, location_code),
    FOREIGN KEY (tenant_id, location_code) REFERENCES reservations.stock_locations (tenant_id, code)
);

-- A reservation as the customer made it; active while neither released nor committed and
-- expires_at lies ahead. Its lines are what it took, where: kept for good, also once it ends.
CREATE TABLE reservations.stock_reservations (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    customer     text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    released_at  timestamptz,
    committed_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK (released_at IS NULL OR committed_at IS NULL)
);

CREATE TABLE reservations.stock_reservation_lines (
    tenant_id      uuid    NOT NULL,
    reservation_id uuid    NOT NULL,
    line_no        integer NOT NULL,
    product_id     uuid    NOT NULL,
    sku            text    NOT NULL,
    location_code  text    NOT NULL,
    quantity       integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (tenant_id, reservation_id, line_no),
    FOREIGN KEY (tenant_id, reservation_id) REFERENCES reservations.stock_reservations (tenant_id, id)
);

-- The units an unsettled reservation keeps, per product and location: reserved = the sum of the
-- claims with expires_at > now. Releasing or committing deletes a reservation's claims; an expired
-- claim stops counting by itself and lingers, harmless, until the purge deletes it.
CREATE TABLE reservations.stock_claims (
    tenant_id      uuid        NOT NULL,
    reservation_id uuid        NOT NULL,
    product_id     uuid        NOT NULL,
    location_code  text        NOT NULL,
    quantity       integer     NOT NULL CHECK (quantity > 0),
    expires_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, reservation_id, product_id, location_code)
);
CREATE INDEX stock_claims_by_level ON reservations.stock_claims (tenant_id, product_id, location_code, expires_at)
    INCLUDE (quantity);
CREATE INDEX stock_claims_lapsed ON reservations.stock_claims (expires_at);

-- Every change of on hand, append-only (the application role may not update or delete rows):
-- staff adjustments with their reason, and sales of committed reservations. seq orders one
-- product's entries as they were made, since those are written under the product's locks.
CREATE TABLE reservations.stock_adjustments (
    tenant_id      uuid        NOT NULL,
    seq            bigint      GENERATED ALWAYS AS IDENTITY,
    id             uuid        NOT NULL,
    product_id     uuid        NOT NULL,
    location_code  text        NOT NULL,
    delta          bigint      NOT NULL CHECK (delta <> 0),
    reason         text        NOT NULL CHECK (reason IN ('received', 'counted', 'damaged', 'returned', 'correction', 'sold')),
    note           text,
    on_hand_after  bigint      NOT NULL CHECK (on_hand_after >= 0),
    reservation_id uuid,
    client_id      text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK ((reason = 'sold') = (reservation_id IS NOT NULL))
);
CREATE INDEX stock_adjustments_in_order ON reservations.stock_adjustments (tenant_id, seq);
CREATE INDEX stock_adjustments_by_product ON reservations.stock_adjustments (tenant_id, product_id, seq);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['stock_locations', 'stock_levels', 'stock_reservations', 'stock_reservation_lines',
                             'stock_claims', 'stock_adjustments'] LOOP
        EXECUTE format('ALTER TABLE reservations.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE reservations.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON reservations.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON reservations.stock_locations, reservations.stock_levels,
    reservations.stock_reservations TO ${app_role};
GRANT SELECT, INSERT ON reservations.stock_reservation_lines, reservations.stock_adjustments TO ${app_role};
GRANT SELECT, INSERT, DELETE ON reservations.stock_claims TO ${app_role};

-- Hygiene only: an expired claim already stops counting. This deletes those that lapsed long ago,
-- across tenants (which the application role cannot see), a chunk at a time.
CREATE FUNCTION reservations.purge_lapsed_stock_claims(lapsed_before timestamptz, max_count integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = reservations, pg_temp
    AS $$ WITH purged AS (
              DELETE FROM reservations.stock_claims c USING (
                  SELECT tenant_id, reservation_id, product_id, location_code FROM reservations.stock_claims
                  WHERE expires_at < lapsed_before
                  ORDER BY expires_at LIMIT max_count FOR UPDATE SKIP LOCKED) lapsed
              WHERE c.tenant_id = lapsed.tenant_id AND c.reservation_id = lapsed.reservation_id
                AND c.product_id = lapsed.product_id AND c.location_code = lapsed.location_code
              RETURNING 1)
          SELECT count(*)::integer FROM purged $$;
REVOKE EXECUTE ON FUNCTION reservations.purge_lapsed_stock_claims(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reservations.purge_lapsed_stock_claims(timestamptz, integer) TO ${app_role};
