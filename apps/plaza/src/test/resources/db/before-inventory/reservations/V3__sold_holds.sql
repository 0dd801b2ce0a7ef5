-- A hold whose seats were bought. Its seat claims are then sold: they keep their seats for good.
ALTER TABLE reservations.holds ADD COLUMN sold_at timestamptz;
