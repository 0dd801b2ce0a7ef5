-- A ticket is void once what it admits to was called off (a cancelled showtime); it stays on the order.
ALTER TABLE orders.tickets ADD COLUMN status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'void'));
GRANT UPDATE (status) ON orders.tickets TO ${app_role};

-- The orders with seats for a showtime, found when the showtime is cancelled.
CREATE INDEX order_lines_of_showtime ON orders.order_lines (tenant_id, showtime_id) WHERE showtime_id IS NOT NULL;
