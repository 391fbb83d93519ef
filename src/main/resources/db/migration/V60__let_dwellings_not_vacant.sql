-- A dwelling under an open contract is let, not vacant: the vacancy feed reporting it vacant again then means the
-- household has left (issue 16). Opening a contract now clears the flag; this aligns rows let before.
UPDATE dwelling SET vacant = FALSE
WHERE id IN (SELECT dwelling_id FROM occupancy_contract WHERE end_date IS NULL);
