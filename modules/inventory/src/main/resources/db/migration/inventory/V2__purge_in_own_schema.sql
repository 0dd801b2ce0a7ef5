-- Taken over from schema reservations, the purge still named it; it deletes from inventory's claims now.
CREATE OR REPLACE FUNCTION inventory.purge_lapsed_stock_claims(lapsed_before timestamptz, max_count integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = inventory, pg_temp
    AS $$ WITH purged AS (
              DELETE FROM inventory.stock_claims c USING (
                  SELECT tenant_id, reservation_id, product_id, location_code FROM inventory.stock_claims
                  WHERE expires_at < lapsed_before
                  ORDER BY expires_at LIMIT max_count FOR UPDATE SKIP LOCKED) lapsed
              WHERE c.tenant_id = lapsed.tenant_id AND c.reservation_id = lapsed.reservation_id
                AND c.product_id = lapsed.product_id AND c.location_code = lapsed.location_code
              RETURNING 1)
          SELECT count(*)::integer FROM purged $$;
