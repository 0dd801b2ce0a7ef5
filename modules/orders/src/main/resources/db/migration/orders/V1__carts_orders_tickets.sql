-- A tenant's order settings; a tenant without a row uses the plaza.orders.* defaults.
CREATE TABLE orders.settings (
    tenant_id        uuid    NOT NULL PRIMARY KEY,
    country          char(2) NOT NULL,
    currency         char(3) NOT NULL,
    payment_deadline_seconds integer NOT NULL CHECK (payment_deadline_seconds > 0)
);

-- A cart is open until an order is made of it; then it is ordered and changes no more.
CREATE TABLE orders.carts (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    customer   text        NOT NULL,
    email      text,
    status     text        NOT NULL CHECK (status IN ('open', 'ordered')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);

-- An item keeps what it sells: units of a product by a stock reservation, or seats by a seat hold.
CREATE TABLE orders.cart_items (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    cart_id        uuid        NOT NULL,
    product_id     uuid,
    quantity       integer     CHECK (quantity > 0),
    reservation_id uuid,
    hold_id        uuid,
    added_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, cart_id) REFERENCES orders.carts (tenant_id, id),
    CHECK ((product_id IS NOT NULL AND quantity IS NOT NULL AND reservation_id IS NOT NULL AND hold_id IS NULL)
        OR (hold_id IS NOT NULL AND product_id IS NULL AND quantity IS NULL AND reservation_id IS NULL))
);
CREATE INDEX cart_items_of_cart ON orders.cart_items (tenant_id, cart_id, added_at);
CREATE UNIQUE INDEX one_item_per_hold ON orders.cart_items (tenant_id, cart_id, hold_id) WHERE hold_id IS NOT NULL;

CREATE TABLE orders.orders (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    cart_id          uuid        NOT NULL,
    customer         text        NOT NULL,
    email            text,
    status           text        NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'confirmed', 'fulfilled',
                                                            'cancelled', 'expired', 'partially_refunded', 'refunded')),
    currency         char(3)     NOT NULL,
    country          char(2)     NOT NULL,
    total            bigint      NOT NULL CHECK (total > 0),
    tax              bigint      NOT NULL CHECK (tax >= 0),
    paid             bigint      NOT NULL DEFAULT 0,
    platform_fee     bigint      NOT NULL DEFAULT 0,
    refunded         bigint      NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= paid),
    payment_id       uuid        NOT NULL,
    payment_deadline timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, cart_id),
    FOREIGN KEY (tenant_id, cart_id) REFERENCES orders.carts (tenant_id, id)
);
CREATE INDEX orders_past_deadline ON orders.orders (payment_deadline) WHERE status = 'awaiting_payment';

-- What an order sells, priced when it was made. A seat line has one seat; a product line units of it.
CREATE TABLE orders.order_lines (
    tenant_id      uuid    NOT NULL,
    order_id       uuid    NOT NULL,
    line           integer NOT NULL,
    description    text    NOT NULL,
    product_id     uuid,
    reservation_id uuid,
    hold_id        uuid,
    showtime_id    uuid,
    seat           text,
    quantity       integer NOT NULL CHECK (quantity > 0),
    unit_price     bigint  NOT NULL,
    gross          bigint  NOT NULL,
    tax_class      text    NOT NULL,
    tax_rate       numeric NOT NULL,
    tax            bigint  NOT NULL,
    PRIMARY KEY (tenant_id, order_id, line),
    FOREIGN KEY (tenant_id, order_id) REFERENCES orders.orders (tenant_id, id)
);

-- Every state an order went through, and why.
CREATE TABLE orders.status_history (
    tenant_id uuid        NOT NULL,
    order_id  uuid        NOT NULL,
    seq       integer     NOT NULL,
    status    text        NOT NULL,
    reason    text,
    at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, order_id, seq),
    FOREIGN KEY (tenant_id, order_id) REFERENCES orders.orders (tenant_id, id)
);

-- Refunds the processor completed, by the payment's refund id: each is applied to its order once.
CREATE TABLE orders.refunds (
    tenant_id  uuid        NOT NULL,
    refund_id  uuid        NOT NULL,
    order_id   uuid        NOT NULL,
    amount     bigint      NOT NULL CHECK (amount > 0),
    at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, refund_id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES orders.orders (tenant_id, id)
);

-- One ticket per seat of an order line, whatever redelivery of the confirmation happens.
CREATE TABLE orders.tickets (
    tenant_id uuid        NOT NULL,
    code      text        NOT NULL,
    order_id  uuid        NOT NULL,
    line      integer     NOT NULL,
    seat      text        NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, code),
    UNIQUE (tenant_id, order_id, line, seat),
    FOREIGN KEY (tenant_id, order_id, line) REFERENCES orders.order_lines (tenant_id, order_id, line)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'carts', 'cart_items', 'orders', 'order_lines', 'status_history', 'refunds',
                             'tickets'] LOOP
        EXECUTE format('ALTER TABLE orders.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE orders.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON orders.%I USING (tenant_id = platform.current_tenant()) '
                       'WITH CHECK (tenant_id = platform.current_tenant())', t);
    END LOOP;
END $$;

GRANT USAGE ON SCHEMA orders TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON orders.settings, orders.carts, orders.orders TO ${app_role};
GRANT SELECT, INSERT, DELETE ON orders.cart_items TO ${app_role};
GRANT SELECT, INSERT ON orders.order_lines, orders.status_history, orders.refunds, orders.tickets TO ${app_role};

-- The expiry job looks across tenants, which the application role cannot do: this function, running
-- with the owner's rights, answers up to max_count orders still awaiting payment past their deadline.
-- Each is then expired in its tenant under a row lock taken with SKIP LOCKED, so two instances never
-- expire one order twice.
CREATE FUNCTION orders.orders_past_deadline(max_count integer)
    RETURNS TABLE (overdue_tenant uuid, overdue_id uuid)
    LANGUAGE sql SECURITY DEFINER SET search_path = orders, pg_temp
    AS $$ SELECT tenant_id, id FROM orders.orders
          WHERE status = 'awaiting_payment' AND payment_deadline <= now()
          ORDER BY payment_deadline LIMIT max_count $$;

REVOKE EXECUTE ON FUNCTION orders.orders_past_deadline(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION orders.orders_past_deadline(integer) TO ${app_role};
