-- A landlord's scale for the programme report benchmark (PostgreSQL): 10,000 households and cases (7,000 housed
-- access cases, 1,000 waiting referrals, 2,000 maintien cases), about 14,000 contracts, 50,000 joint reviews and
-- 3,000 purchase orders. Run once per database by ProgrammeReportBenchmark.
INSERT INTO household (reference, household_size)
SELECT 'BENCH-H-' || n, 1 + n % 5 FROM generate_series(1, 10000) n;

INSERT INTO dwelling (reference, territory_code, commune, typology, financing, programme_code)
SELECT 'BENCH-D-' || n, (ARRAY['LILLE','LILLE_SUD_OUEST','ROUBAIX_TOURCOING','VILLENEUVE_D_ASCQ','DUNKERQUE',
        'FLANDRE_INTERIEURE','VALENCIENNES','CAMBRAI','DOUAI','AVESNOIS'])[1 + n % 10], 'Commune ' || n % 10,
       'T3', 'PLAI', (ARRAY['CHRS_HORS_LES_MURS','FIVES_PLAI','WATTRELOS_BECK_AVELIN','APF_HABITAT_INCLUSIF', NULL])[1 + n % 5]
FROM generate_series(1, 7000) n;

INSERT INTO pathway_case (case_reference, pathway, household_id, partner_code, territory_code, dwelling_id, opened_at)
SELECT 'BN-A-' || n, 'ACCESS', h.id,
       (ARRAY['VISA','PARCOURS_DE_FEMMES','SAUVEGARDE_DU_NORD','ARMEE_DU_SALUT','ABEJ','UDAPEI','APEI_CAMBRAI',
              'APEI_ROUBAIX','APF','AES','FABRIQUE_DES_QUARTIERS'])[1 + n % 11],
       d.territory_code, d.id, TIMESTAMP '2023-01-01' + (n % 1000) * INTERVAL '1 day'
FROM generate_series(1, 7000) n
JOIN household h ON h.reference = 'BENCH-H-' || n
JOIN dwelling d ON d.reference = 'BENCH-D-' || n;

INSERT INTO pathway_case (case_reference, pathway, household_id, partner_code, territory_code, opened_at)
SELECT 'BN-A-' || n, 'ACCESS', h.id,
       (ARRAY['VISA','PARCOURS_DE_FEMMES','SAUVEGARDE_DU_NORD','ARMEE_DU_SALUT','ABEJ','UDAPEI','APEI_CAMBRAI',
              'APEI_ROUBAIX','APF','AES','FABRIQUE_DES_QUARTIERS'])[1 + n % 11],
       (ARRAY['LILLE','ROUBAIX_TOURCOING','DUNKERQUE','VALENCIENNES','DOUAI'])[1 + n % 5],
       TIMESTAMP '2026-01-01' + (n % 300) * INTERVAL '1 day'
FROM generate_series(7001, 8000) n
JOIN household h ON h.reference = 'BENCH-H-' || n;

INSERT INTO pathway_case (case_reference, pathway, household_id, territory_code, opened_at, closed_at, final_outcome)
SELECT 'BN-M-' || n, 'MAINTIEN', h.id,
       (ARRAY['LILLE','ROUBAIX_TOURCOING','DUNKERQUE','VALENCIENNES','DOUAI'])[1 + n % 5],
       TIMESTAMP '2025-06-01' + (n % 400) * INTERVAL '1 day',
       CASE WHEN n % 2 = 0 THEN TIMESTAMP '2026-01-05' + (n % 300) * INTERVAL '1 day' END,
       CASE WHEN n % 2 = 0 THEN (ARRAY['MAINTAINED','REFERRED_COMMON_LAW','EVICTION_PROCEDURE','LEFT'])[1 + n % 4] END
FROM generate_series(8001, 10000) n
JOIN household h ON h.reference = 'BENCH-H-' || n;

-- contracts: hosting for all housed cases; two in three slid; one in three now in direct lease
INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date, end_date,
                                case_reference)
SELECT pc.dwelling_id, pc.household_id, 'HOSTING', 'PARTNER', pc.partner_code,
       CAST(pc.opened_at AS DATE) + 60,
       CASE WHEN n % 3 <> 0 THEN CAST(pc.opened_at AS DATE) + 300 END, pc.case_reference
FROM generate_series(1, 7000) n JOIN pathway_case pc ON pc.case_reference = 'BN-A-' || n;

INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date, end_date,
                                case_reference)
SELECT pc.dwelling_id, pc.household_id, 'SLIDING_LEASE', 'PARTNER', pc.partner_code,
       CAST(pc.opened_at AS DATE) + 300,
       CASE WHEN n % 3 = 2 THEN CAST(pc.opened_at AS DATE) + 700 END, pc.case_reference
FROM generate_series(1, 7000) n JOIN pathway_case pc ON pc.case_reference = 'BN-A-' || n
WHERE n % 3 <> 0;

INSERT INTO occupancy_contract (dwelling_id, household_id, status, holder, partner_code, start_date, case_reference)
SELECT pc.dwelling_id, pc.household_id, 'DIRECT_LEASE', 'HOUSEHOLD', pc.partner_code,
       CAST(pc.opened_at AS DATE) + 700, pc.case_reference
FROM generate_series(1, 7000) n JOIN pathway_case pc ON pc.case_reference = 'BN-A-' || n
WHERE n % 3 = 2;

-- 50,000 joint reviews spread over the housed cases and the last three years
INSERT INTO evaluation (case_reference, evaluated_on, contract_status, decision, debt_trend, family_stability,
                        dwelling_appropriation, employment, training, energy_control, waste_sorting,
                        activities_participation, dwelling_fits_needs)
SELECT 'BN-A-' || (1 + n % 7000), DATE '2024-01-01' + (n % 1060), 'HOSTING', 'CONTINUE',
       (ARRAY['IMPROVING','STABLE','DEGRADING','NOT_ASSESSED'])[1 + n % 4],
       (ARRAY['IMPROVING','STABLE','DEGRADING'])[1 + n % 3], 'STABLE',
       (ARRAY['IMPROVING','STABLE'])[1 + n % 2], 'NOT_ASSESSED', 'IMPROVING', 'STABLE', 'DEGRADING', 'IMPROVING'
FROM generate_series(1, 50000) n;

INSERT INTO purchase_order (order_number, case_reference, lot_number, provider_code, territory_code, budget_year,
                            amount_eur, status)
SELECT 'BN-BC-1-' || n, pc.case_reference, 1, 'SOLIHA', pc.territory_code, 2026, 900, 'COMMITTED'
FROM generate_series(8001, 10000) n JOIN pathway_case pc ON pc.case_reference = 'BN-M-' || n;

INSERT INTO purchase_order (order_number, case_reference, lot_number, provider_code, territory_code, budget_year,
                            amount_eur, status)
SELECT 'BN-BC-2-' || n, pc.case_reference, 2, 'SOLIHA', pc.territory_code, 2026, 2400, 'COMMITTED'
FROM generate_series(8001, 10000) n JOIN pathway_case pc ON pc.case_reference = 'BN-M-' || n
WHERE n % 2 = 1;

ANALYZE;
