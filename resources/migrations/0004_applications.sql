-- Schema version 4: applications for certification (认证申请, RULES.md 5.1) with what
-- they cover (scope classes, sites, groups of personnel doing identical activities,
-- outsourced processes), the eligibility facts E1–E10, the documents D1–D9 with their
-- attached files, the dated history of their status, and the body's text settings (the
-- number patterns).
--
-- A DateFact of the eligibility rules is two columns: eN_known (0: not stated, the
-- condition is unknown) and eN_date (NULL with eN_known = 1: it never happened).
-- E6 and E7 are NULL while not stated. E3's operating_since NULL is unknown.

CREATE TABLE body_settings (
    id            INTEGER PRIMARY KEY,
    setting_key   VARCHAR(64) NOT NULL UNIQUE,
    setting_value TEXT NOT NULL
);

CREATE TABLE applications (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    number           VARCHAR(64) NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    application_type VARCHAR(20) NOT NULL
                     CHECK (application_type IN ('initial', 'recertification', 'scope_extension', 'transfer')),
    received_on      VARCHAR(10) NOT NULL,
    status           VARCHAR(24) NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'submitted', 'under_review', 'accepted', 'refused',
                                       'supplement_requested', 'resubmitted', 'withdrawn')),
    new_to_body      INTEGER NOT NULL DEFAULT 1 CHECK (new_to_body IN (0, 1)),
    standards        VARCHAR(200) NOT NULL DEFAULT '',
    scope_zh         TEXT NOT NULL DEFAULT '',
    scope_en         TEXT NOT NULL DEFAULT '',
    personnel_total  INTEGER CHECK (personnel_total IS NULL OR personnel_total >= 0),
    operating_since  VARCHAR(10),
    e1_state         VARCHAR(16) CHECK (e1_state IS NULL OR e1_state IN ('met', 'not_met', 'not_applicable', 'unknown')),
    e1_evidence      TEXT NOT NULL DEFAULT '',
    e2_state         VARCHAR(16) CHECK (e2_state IS NULL OR e2_state IN ('met', 'not_met', 'not_applicable', 'unknown')),
    e2_evidence      TEXT NOT NULL DEFAULT '',
    e4_known         INTEGER NOT NULL DEFAULT 0 CHECK (e4_known IN (0, 1)),
    e4_date          VARCHAR(10),
    e5_known         INTEGER NOT NULL DEFAULT 0 CHECK (e5_known IN (0, 1)),
    e5_date          VARCHAR(10),
    e6_ordered_to_suspend INTEGER CHECK (e6_ordered_to_suspend IS NULL OR e6_ordered_to_suspend IN (0, 1)),
    e7_on_list       INTEGER CHECK (e7_on_list IS NULL OR e7_on_list IN (0, 1)),
    e8_known         INTEGER NOT NULL DEFAULT 0 CHECK (e8_known IN (0, 1)),
    e8_date          VARCHAR(10),
    e9_known         INTEGER NOT NULL DEFAULT 0 CHECK (e9_known IN (0, 1)),
    e9_date          VARCHAR(10),
    e9_rectified     INTEGER NOT NULL DEFAULT 0 CHECK (e9_rectified IN (0, 1)),
    e10_state        VARCHAR(16) CHECK (e10_state IS NULL OR e10_state IN ('met', 'not_met', 'not_applicable', 'unknown')),
    e10_evidence     TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX applications_client ON applications (client_id);
CREATE INDEX applications_status ON applications (status, received_on);
CREATE INDEX applications_received ON applications (received_on);

CREATE TABLE application_scope_classes (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES applications (id),
    scope_class_code VARCHAR(32) NOT NULL REFERENCES scope_classes (code),
    UNIQUE (application_id, scope_class_code)
);

CREATE TABLE application_sites (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    site_id        INTEGER NOT NULL REFERENCES client_sites (id),
    UNIQUE (application_id, site_id)
);
CREATE INDEX application_sites_site ON application_sites (site_id);

CREATE TABLE application_groups (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    activity       VARCHAR(200) NOT NULL CHECK (length(trim(activity)) > 0),
    person_count   INTEGER NOT NULL CHECK (person_count >= 1)
);
CREATE INDEX application_groups_application ON application_groups (application_id);

CREATE TABLE application_outsourced (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    process        VARCHAR(300) NOT NULL CHECK (length(trim(process)) > 0),
    provider       VARCHAR(200) NOT NULL DEFAULT '',
    control        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_outsourced_application ON application_outsourced (application_id);

-- Attached files, kept whole in the database. A row is written once and never changed or
-- deleted (documents refer to it; an undo may bring a document back): its logged
-- image holds the SHA-256 and size, which `check` compares with the content.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    sha256     CHAR(64) NOT NULL UNIQUE,
    byte_size  INTEGER NOT NULL CHECK (byte_size >= 0),
    content    BLOB NOT NULL
);

CREATE TABLE application_documents (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    kind            VARCHAR(4) NOT NULL
                    CHECK (kind IN ('D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9')),
    legal_entity_id INTEGER REFERENCES client_legal_entities (id),
    received_on     VARCHAR(10),
    reference       VARCHAR(200) NOT NULL DEFAULT '',
    attachment_id   INTEGER REFERENCES attachments (id),
    file_name       VARCHAR(260) NOT NULL DEFAULT '',
    sha256          CHAR(64),
    byte_size       INTEGER CHECK (byte_size IS NULL OR byte_size >= 0)
);
CREATE INDEX application_documents_application ON application_documents (application_id);

-- Every change of an application's status: dated, by whom, with a note. Written once.
CREATE TABLE application_status_changes (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    status         VARCHAR(24) NOT NULL
                   CHECK (status IN ('draft', 'submitted', 'under_review', 'accepted', 'refused',
                                     'supplement_requested', 'resubmitted', 'withdrawn')),
    changed_on     VARCHAR(10) NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_status_changes_application ON application_status_changes (application_id);

-- Application reviews (申请评审, RULES.md 5.2): by whom and when, the planned audit period
-- the competence check (R-5.2.3 (2)) covers, the audit-time inputs and, once finalised,
-- the figures computed from them; the parties' agreement (R-5.2.3 (3)); the decision with
-- its reasons. A finalised review is never changed; a correction is a new review naming
-- the one it supersedes.
CREATE TABLE application_reviews (
    id                   INTEGER PRIMARY KEY,
    application_id       INTEGER NOT NULL REFERENCES applications (id),
    reviewer             VARCHAR(200) NOT NULL CHECK (length(trim(reviewer)) > 0),
    reviewed_on          VARCHAR(10) NOT NULL,
    planned_from         VARCHAR(10),
    planned_to           VARCHAR(10),
    onsite_percent       DOUBLE PRECISION NOT NULL DEFAULT 100 CHECK (onsite_percent >= 0 AND onsite_percent <= 100),
    stage1_days          DOUBLE PRECISION CHECK (stage1_days IS NULL OR stage1_days >= 0),
    manual_table_days    DOUBLE PRECISION CHECK (manual_table_days IS NULL OR manual_table_days > 0),
    parties_agreed       INTEGER NOT NULL DEFAULT 0 CHECK (parties_agreed IN (0, 1)),
    agreed_on            VARCHAR(10),
    decision             VARCHAR(12) NOT NULL DEFAULT 'none'
                         CHECK (decision IN ('none', 'accept', 'refuse', 'supplement')),
    reasons              TEXT NOT NULL DEFAULT '',
    effective_personnel  INTEGER,
    table_days           DOUBLE PRECISION,
    adjusted_days        DOUBLE PRECISION,
    stage1_result_days   DOUBLE PRECISION,
    stage2_days          DOUBLE PRECISION,
    onsite_days          DOUBLE PRECISION,
    surveillance_days    DOUBLE PRECISION,
    recertification_days DOUBLE PRECISION,
    finalised_on         VARCHAR(10),
    finalised_by         VARCHAR(200) NOT NULL DEFAULT '',
    supersedes_id        INTEGER REFERENCES application_reviews (id),
    notes                TEXT NOT NULL DEFAULT '',
    CHECK (planned_from IS NULL OR planned_to IS NULL OR planned_to >= planned_from)
);
CREATE INDEX application_reviews_application ON application_reviews (application_id);

CREATE TABLE review_adjustments (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES application_reviews (id),
    percent   DOUBLE PRECISION NOT NULL CHECK (percent >= -100 AND percent <= 100),
    reason    VARCHAR(400) NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX review_adjustments_review ON review_adjustments (review_id);

-- Certification contracts (认证合同, RULES.md 5.3), made from an accepted review: the
-- parties, the audit-time figures carried from the review, fee items in CNY (fen, exact),
-- and the duties of 5.3.2 and 5.3.3 acknowledged (their codes, comma-separated, in the
-- rules' order: "5.3.2(1),5.3.2(2),…"). Draft → signed → terminated;
-- a signed contract is not changed: an amendment is a new version naming the one it amends.
CREATE TABLE contracts (
    id                   INTEGER PRIMARY KEY,
    application_id       INTEGER NOT NULL REFERENCES applications (id),
    review_id            INTEGER NOT NULL REFERENCES application_reviews (id),
    number               VARCHAR(64) NOT NULL CHECK (length(trim(number)) > 0),
    version              INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    amends_id            INTEGER REFERENCES contracts (id),
    client_party         VARCHAR(200) NOT NULL DEFAULT '',
    body_party           VARCHAR(200) NOT NULL DEFAULT '',
    status               VARCHAR(12) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'terminated')),
    signed_on            VARCHAR(10),
    terminated_on        VARCHAR(10),
    termination_reason   TEXT NOT NULL DEFAULT '',
    effective_personnel  INTEGER,
    table_days           DOUBLE PRECISION,
    adjusted_days        DOUBLE PRECISION,
    stage1_days          DOUBLE PRECISION,
    stage2_days          DOUBLE PRECISION,
    onsite_days          DOUBLE PRECISION,
    surveillance_days    DOUBLE PRECISION,
    recertification_days DOUBLE PRECISION,
    acknowledged_duties  VARCHAR(200) NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    UNIQUE (number, version),
    CHECK (status <> 'signed' OR signed_on IS NOT NULL)
);
CREATE INDEX contracts_application ON contracts (application_id);

CREATE TABLE contract_fees (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    item        VARCHAR(200) NOT NULL CHECK (length(trim(item)) > 0),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0)
);
CREATE INDEX contract_fees_contract ON contract_fees (contract_id);

