-- Staff find a customer's orders by their e-mail address, whatever its case, newest first.
CREATE INDEX orders_by_email ON orders.orders (tenant_id, lower(email), id DESC) WHERE email IS NOT NULL;
