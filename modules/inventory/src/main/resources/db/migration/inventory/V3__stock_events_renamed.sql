-- Stock events recorded before inventory was a module of its own name their classes in package
-- dev.plaza.reservations. Renamed, those not yet delivered (to Kafka, in the scaled deployment) are
-- delivered as the same events under their new names, on the same topics.
UPDATE platform.event_publication
SET event_type = replace(event_type, 'dev.plaza.reservations.', 'dev.plaza.inventory.')
WHERE event_type IN ('dev.plaza.reservations.StockReserved', 'dev.plaza.reservations.StockReleased',
                     'dev.plaza.reservations.StockCommitted');
