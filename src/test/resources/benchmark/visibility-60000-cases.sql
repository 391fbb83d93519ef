-- A landlord's scale for the visibility benchmark (PostgreSQL): 10,000 open cases and 50,000 closed ones, written
-- straight into the engine's tables in the shape the engine itself gives them (checked against cases started
-- through the engine): per open case a process instance and its task's execution, one open task with its
-- candidate group and that group's task grant (READ + TASK_WORK); per case the per-case read grants of
-- CaseAuthorizations (PROCESS_INSTANCE while open, HISTORIC_PROCESS_INSTANCE for good) and the engine's own
-- HISTORIC_TASK grant of the tasks the case went through (9 per case: 4 for its partner or provider, 4 for its
-- agency, 1 for its coordination).
-- Run once per database by VisibilityBenchmark, on one connection (the case list is a temporary table).
-- 80 % access pathways, 20 % maintien; partners, territories and open tasks drawn evenly by a hash of the case
-- number (the metropolis holds 4 territories in 10); a maintien case's provider is its territory's lot 1 one.
CREATE TEMPORARY TABLE bench_case AS
SELECT n, n <= 10000 AS open, n % 5 = 0 AS maintien,
       gen_random_uuid()::text AS instance, gen_random_uuid()::text AS execution, gen_random_uuid()::text AS task,
       p.codes[1 + abs(hashtext('partner' || n)) % cardinality(p.codes)] AS partner,
       t.codes[1 + abs(hashtext('territory' || n)) % cardinality(t.codes)] AS territory,
       CAST(NULL AS VARCHAR(64)) AS basin, CAST(NULL AS VARCHAR(64)) AS provider,
       CAST(NULL AS VARCHAR(255)) AS task_key, CAST(NULL AS VARCHAR(255)) AS candidate,
       LOCALTIMESTAMP - n * INTERVAL '17 minutes' - INTERVAL '1 day' AS started
FROM generate_series(1, 60000) n,
     (SELECT array_agg(code ORDER BY code) AS codes FROM partner) p,
     (SELECT array_agg(code ORDER BY code) AS codes FROM territory) t;

UPDATE bench_case c SET basin = t.basin_code FROM territory t WHERE t.code = c.territory;

UPDATE bench_case c SET provider = (SELECT m.provider_code FROM provider_market m
                                    WHERE m.territory_code = c.territory AND m.lot_number = 1
                                    ORDER BY m.provider_code LIMIT 1)
WHERE c.maintien;

UPDATE bench_case SET task_key = CASE
    WHEN NOT maintien THEN (ARRAY['Task_CompleteReferral', 'Task_CompleteReferral', 'Task_PeriodicReview',
        'Task_PeriodicReview', 'Task_CoordinateOverlap', 'Task_CoordinateOverlap', 'Task_ProposeDwelling',
        'Task_ProposeDwelling', 'Task_SignContract', 'Task_AttributionCommission'])[1 + abs(hashtext('task' || n)) % 10]
    ELSE (ARRAY['Task_ObtainConsent', 'Task_PerformDiagnostic', 'Task_ProgressReport',
        'Task_CoordinateOverlap'])[1 + abs(hashtext('task' || n)) % 4] END
WHERE open;

UPDATE bench_case SET candidate = CASE
    WHEN task_key IN ('Task_CompleteReferral', 'Task_PeriodicReview') THEN 'partner-' || partner
    WHEN task_key = 'Task_CoordinateOverlap' THEN 'coordinator-' || basin
    WHEN task_key IN ('Task_PerformDiagnostic', 'Task_ProgressReport') THEN 'provider-' || provider
    ELSE 'agency-' || territory END
WHERE open;

-- who reads a case (RegisteredCase.readerGroups): its partner or provider, its agency and its coordination
CREATE TEMPORARY TABLE bench_reader AS
SELECT n, open, instance, CASE WHEN maintien THEN 'provider-' || provider ELSE 'partner-' || partner END AS grp
FROM bench_case
UNION ALL SELECT n, open, instance, 'agency-' || territory FROM bench_case
UNION ALL SELECT n, open, instance, 'coordinator-' || basin FROM bench_case;

INSERT INTO act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
                             removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
SELECT c.instance, c.instance,
       CASE WHEN c.maintien THEN 'MAI-BENCH-' ELSE 'ACC-BENCH-' END || lpad(c.n::text, 6, '0'),
       d.key_, d.id_, c.started,
       CASE WHEN c.open THEN NULL ELSE c.started + INTERVAL '200 days' END,
       CASE WHEN c.open THEN NULL ELSE c.started + INTERVAL '930 days' END,
       CASE WHEN c.open THEN NULL ELSE 200 * CAST(86400000 AS BIGINT) END,
       CASE WHEN c.maintien THEN 'StartEvent_AlertReceived' ELSE 'StartEvent_ReferralReceived' END,
       CASE WHEN c.open THEN NULL ELSE 'EndEvent_PathwayEnded' END,
       c.instance, CASE WHEN c.open THEN 'ACTIVE' ELSE 'COMPLETED' END
FROM bench_case c
JOIN act_re_procdef d ON d.key_ = CASE WHEN c.maintien THEN 'maintien-pathway' ELSE 'access-pathway' END
 AND d.version_ = (SELECT max(version_) FROM act_re_procdef WHERE key_ = d.key_);

INSERT INTO act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_,
                              proc_def_id_, act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_,
                              is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_, proc_def_key_)
SELECT h.id_, 1, h.id_, h.id_, h.business_key_, NULL, h.proc_def_id_, NULL, NULL, FALSE, FALSE, TRUE, FALSE, 1, 17,
       10, h.proc_def_key_
FROM bench_case c JOIN act_hi_procinst h ON h.id_ = c.instance WHERE c.open
UNION ALL
SELECT c.execution, 1, NULL, h.id_, NULL, h.id_, h.proc_def_id_, c.task_key, c.task_key || ':' || c.task, TRUE,
       FALSE, TRUE, FALSE, 1, 6, 11, h.proc_def_key_
FROM bench_case c JOIN act_hi_procinst h ON h.id_ = c.instance WHERE c.open;

INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, priority_,
                         create_time_, due_date_, suspension_state_, task_state_)
SELECT c.task, 1, c.execution, c.instance, h.proc_def_id_,
       'Tâche ' || c.task_key || ' · ' || h.business_key_, c.task_key, 50,
       c.started + INTERVAL '12 hours', c.started + INTERVAL '15 days', 1, 'Created'
FROM bench_case c JOIN act_hi_procinst h ON h.id_ = c.instance WHERE c.open;

INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
SELECT gen_random_uuid()::text, 1, c.candidate, 'candidate', c.task FROM bench_case c WHERE c.open;

-- the engine's grant to a task's candidate group: READ (2) + TASK_WORK (16384)
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
SELECT gen_random_uuid()::text, 1, 1, c.candidate, 7, c.task, 16386 FROM bench_case c WHERE c.open;

-- CaseAuthorizations: PROCESS_INSTANCE (8) READ while the case is open (the engine deletes it at the end)
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
SELECT gen_random_uuid()::text, 1, 1, r.grp, 8, r.instance, 2 FROM bench_reader r WHERE r.open;

-- CaseAuthorizations: HISTORIC_PROCESS_INSTANCE (20) READ, removed with the case's history
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_,
                                  root_proc_inst_id_, removal_time_)
SELECT gen_random_uuid()::text, 1, 1, r.grp, 20, r.instance, 2, r.instance, h.removal_time_
FROM bench_reader r JOIN act_hi_procinst h ON h.id_ = r.instance;

-- the engine's HISTORIC_TASK (19) READ of each task's candidate group (historic instance permissions on)
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_,
                                  root_proc_inst_id_, removal_time_)
SELECT gen_random_uuid()::text, 1, 1, r.grp, 19, gen_random_uuid()::text, 2, r.instance, h.removal_time_
FROM bench_reader r JOIN act_hi_procinst h ON h.id_ = r.instance
CROSS JOIN generate_series(1, 4) k
WHERE r.grp NOT LIKE 'coordinator-%' OR k = 1
UNION ALL
SELECT gen_random_uuid()::text, 1, 1, c.candidate, 19, c.task, 2, c.instance, NULL FROM bench_case c WHERE c.open;

ANALYZE act_hi_procinst;
ANALYZE act_ru_execution;
ANALYZE act_ru_task;
ANALYZE act_ru_identitylink;
ANALYZE act_ru_authorization
