-- Data belongs to cases, not to whoever referred last (issue 8, docs/adr/0015).

-- The referral behind each access case, as the partner made it: who referred, when, with which profile. The
-- household row keeps the profile of its first referrer; a later referral by another partner lands here only.
CREATE TABLE case_referral (
    case_reference       VARCHAR(20)    PRIMARY KEY REFERENCES pathway_case (case_reference),
    partner_code         VARCHAR(40)    NOT NULL REFERENCES partner (code),
    referred_by          VARCHAR(64),
    referred_at          TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           TIMESTAMP,
    household_size       INTEGER,
    dependants           INTEGER,
    annual_resources_eur NUMERIC(12, 2),
    territory_code       VARCHAR(40)    REFERENCES territory (code),
    needs_motor_adapted  BOOLEAN        NOT NULL DEFAULT FALSE,
    -- TRUE when this referral wrote the household row (new household, or the same partner's)
    wrote_household      BOOLEAN        NOT NULL DEFAULT FALSE
);

CREATE TABLE case_referral_category (
    case_reference VARCHAR(20) NOT NULL REFERENCES case_referral (case_reference),
    category_code  VARCHAR(40) NOT NULL REFERENCES priority_category (code),
    PRIMARY KEY (case_reference, category_code)
);

-- A declared common-law measure belongs to the case through which it was declared: it is shown to whoever may
-- see that case. Not case_reference, which the case's closure uses to end the programme's own measures.
ALTER TABLE accompaniment_measure ADD COLUMN declared_in_case VARCHAR(20) REFERENCES pathway_case (case_reference);

