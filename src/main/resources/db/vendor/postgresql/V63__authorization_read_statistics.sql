-- PostgreSQL only (ADR 32). The history list of a caseworker keeps the instances on which one of their groups holds
-- a READ grant ("PERMS_ & 2 = 2"). Without statistics on that expression PostgreSQL guessed 0.5 % of the grants
-- match, 60 rows for a coordinator who holds 24,000, and chose to read all of them, join and sort them before
-- taking the first 50 (1 s). An index on the expression makes ANALYZE keep its statistics; with the right
-- estimate the planner walks the instances in order and stops at 50 (under 0.1 s).
CREATE INDEX IF NOT EXISTS ix_auth_type_read ON act_ru_authorization (resource_type_, (perms_ & 2));
ANALYZE act_ru_authorization;
