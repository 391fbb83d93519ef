-- The purchase order prints the price scale it was ordered at (issue 12): the scale (1 to 3) of the
-- accompaniment-scale decision for lots 2 and 3; none for lot 1, ordered at the market's diagnostic price.
ALTER TABLE purchase_order ADD COLUMN price_scale INTEGER;
ALTER TABLE purchase_order ADD CONSTRAINT ck_order_price_scale CHECK (price_scale IS NULL OR price_scale BETWEEN 1 AND 3);
