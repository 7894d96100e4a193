-- Schema version 2: reference data the body maintains (ISO/IEC 27017 control catalogue,
-- business-scope classes, ISO/IEC 27006 audit-time table), rule parameters, local users
-- and the body's auditors with competences, continuing education and conflict-of-interest
-- declarations (rules A-4.2 to A-4.4).
-- Every table has an integer primary key `id` (the change log addresses rows by it);
-- catalogue rows carry their own text key in a UNIQUE `code` column. Dates are ISO
-- 'YYYY-MM-DD' text. The shipped reference rows are NOT inserted here: ReferenceRepository::
-- seedIfEmpty writes them from resources/reference/*.json with change-log entries.

CREATE TABLE controls (
    id             INTEGER PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    clause         VARCHAR(16)  NOT NULL DEFAULT '',
    title_zh       VARCHAR(300) NOT NULL DEFAULT '',
    title_en       VARCHAR(300) NOT NULL DEFAULT '',
    cloud_guidance INTEGER NOT NULL DEFAULT 0 CHECK (cloud_guidance IN (0, 1)),
    extended       INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX controls_sort_order ON controls (sort_order);

CREATE TABLE scope_classes (
    id       INTEGER PRIMARY KEY,
    code     VARCHAR(32)  NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name_zh  VARCHAR(200) NOT NULL DEFAULT '',
    name_en  VARCHAR(200) NOT NULL DEFAULT '',
    risk     VARCHAR(8)   NOT NULL DEFAULT 'medium' CHECK (risk IN ('high', 'medium', 'low')),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_time_rows (
    id            INTEGER PRIMARY KEY,
    min_personnel INTEGER NOT NULL CHECK (min_personnel >= 1),
    max_personnel INTEGER NOT NULL,
    days          DOUBLE PRECISION NOT NULL CHECK (days > 0),
    CHECK (max_personnel >= min_personnel)
);
CREATE INDEX audit_time_rows_min ON audit_time_rows (min_personnel);

-- Values of the rule parameters; definitions, units, limits and defaults live in code
-- (models/domain/ruleparameters.cpp). A key missing here takes its default.
CREATE TABLE rule_parameters (
    id        INTEGER PRIMARY KEY,
    param_key   VARCHAR(64) NOT NULL UNIQUE,
    param_value DOUBLE PRECISION NOT NULL
);

CREATE TABLE auditors (
    id                         INTEGER PRIMARY KEY,
    name_zh                    VARCHAR(100) NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en                    VARCHAR(100) NOT NULL DEFAULT '',
    registration_number        VARCHAR(64) UNIQUE,
    level                      VARCHAR(20)  NOT NULL
                               CHECK (level IN ('intern', 'auditor', 'senior', 'technical_expert')),
    registration_valid_from    VARCHAR(10),
    registration_valid_to      VARCHAR(10),
    qualification_confirmed_on VARCHAR(10),
    qualification_confirmed_by VARCHAR(100) NOT NULL DEFAULT '',
    impartiality_signed_on     VARCHAR(10),
    notes                      TEXT NOT NULL DEFAULT '',
    active                     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK (registration_valid_from IS NULL OR registration_valid_to IS NULL
           OR registration_valid_to >= registration_valid_from)
);
CREATE INDEX auditors_name_zh ON auditors (name_zh);
CREATE INDEX auditors_valid_to ON auditors (registration_valid_to);

CREATE TABLE auditor_competences (
    id               INTEGER PRIMARY KEY,
    auditor_id       INTEGER NOT NULL REFERENCES auditors (id),
    scope_class_code VARCHAR(32) NOT NULL REFERENCES scope_classes (code),
    confirmed_on     VARCHAR(10),
    evidence         TEXT NOT NULL DEFAULT '',
    UNIQUE (auditor_id, scope_class_code)
);
CREATE INDEX auditor_competences_class ON auditor_competences (scope_class_code);

CREATE TABLE auditor_education (
    id          INTEGER PRIMARY KEY,
    auditor_id  INTEGER NOT NULL REFERENCES auditors (id),
    attended_on VARCHAR(10) NOT NULL,
    hours       DOUBLE PRECISION NOT NULL CHECK (hours > 0),
    topic       VARCHAR(300) NOT NULL DEFAULT ''
);
CREATE INDEX auditor_education_auditor ON auditor_education (auditor_id, attended_on);

CREATE TABLE auditor_conflicts (
    id         INTEGER PRIMARY KEY,
    auditor_id INTEGER NOT NULL REFERENCES auditors (id),
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    relation   VARCHAR(24) NOT NULL
               CHECK (relation IN ('consultancy', 'employment', 'financial_interest', 'family', 'other')),
    valid_from VARCHAR(10) NOT NULL,
    valid_to   VARCHAR(10),
    note       TEXT NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX auditor_conflicts_auditor ON auditor_conflicts (auditor_id);
CREATE INDEX auditor_conflicts_client ON auditor_conflicts (client_id);

-- Local user profiles; the chosen profile's name is what the change log records.
-- auditor_id links a user who is also an auditor (the certification decision must not be
-- taken by a member of the audit team).
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    role       VARCHAR(20)  NOT NULL
               CHECK (role IN ('reviewer', 'manager', 'decision_maker', 'administrator')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    auditor_id INTEGER REFERENCES auditors (id)
);
