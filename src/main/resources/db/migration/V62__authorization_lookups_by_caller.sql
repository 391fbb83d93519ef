-- Lists at a landlord's scale (issue 15, ADR 32). Before each list query the engine and VisibilityPlugin look up the
-- caller's own grants: "USER_ID_ IN (caller, '*') OR GROUP_ID_ IN (caller's groups)" for one or two resource types.
-- The engine's indexes lead with TYPE_ (unique indexes) or hold the group alone, so the user half of that OR had
-- no index: PostgreSQL read all 770,000 grants of a 60,000-case programme for every task list and count of a
-- manager and of the administrator (0.5-0.9 s each). With these two, both halves are index ranges narrowed to the
-- resource type, combined by a bitmap OR. The ACT_* tables exist here: the engine creates its schema before
-- Flyway runs (ADR 32).
CREATE INDEX IF NOT EXISTS ix_auth_user_resource ON act_ru_authorization (user_id_, resource_type_);
CREATE INDEX IF NOT EXISTS ix_auth_group_resource ON act_ru_authorization (group_id_, resource_type_);
