-- Demo maintien providers and their 4-year markets per territory and lot (DESIGN section 1).

INSERT INTO provider (code, label) VALUES
    ('SOLIHA', 'SOLIHA Métropole Nord'),
    ('AFEJI', 'AFEJI Hauts-de-France'),
    ('EPSM_LILLE', 'EPSM de l''agglomération lilloise'),
    ('EPSM_FLANDRES', 'EPSM des Flandres');

INSERT INTO provider_market (territory_code, lot_number, provider_code, valid_from, valid_to)
SELECT t.code, l.lot_number,
       CASE WHEN l.lot_number = 3 AND b.code = 'FLANDRES_LITTORAL' THEN 'EPSM_FLANDRES'
            WHEN l.lot_number = 3 THEN 'EPSM_LILLE'
            WHEN b.code = 'METROPOLE' THEN 'SOLIHA'
            ELSE 'AFEJI' END,
       DATE '2025-01-01', DATE '2028-12-31'
FROM territory t
JOIN basin b ON b.code = t.basin_code
CROSS JOIN (SELECT 1 AS lot_number UNION ALL SELECT 2 UNION ALL SELECT 3) l;
