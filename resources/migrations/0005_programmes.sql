-- Schema version 5: audit programmes (审核方案, RULES.md 5.4), one per client and
-- certification cycle, made from a signed contract, with their audits, each audit's team,
-- the client's shifts it covers (and why not the others), the cloud services it samples,
-- the sites it visits and the controls of the ISO/IEC 27017 catalogue it covers; and the
-- cloud services a client offers in its scope (P-5.4.1.3-services).
--
-- An audit's controls are one text column ("5.1.1 6.1.2 CLD.6.3.1", catalogue IDs
-- separated by spaces) or all_controls = 1: the whole catalogue. Thousands of programmes
-- would otherwise be millions of rows for one check box each.

CREATE TABLE client_services (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    name      VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    typical   INTEGER NOT NULL DEFAULT 0 CHECK (typical IN (0, 1))
);
CREATE INDEX client_services_client ON client_services (client_id);

CREATE TABLE programmes (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES clients (id),
    contract_id         INTEGER NOT NULL UNIQUE REFERENCES contracts (id),
    cycle               VARCHAR(20) NOT NULL CHECK (cycle IN ('initial', 'recertification')),
    planned_decision_on VARCHAR(10) NOT NULL,
    decided_on          VARCHAR(10),
    expires_on          VARCHAR(10),
    notes               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX programmes_client ON programmes (client_id);

CREATE TABLE audits (
    id            INTEGER PRIMARY KEY,
    programme_id  INTEGER NOT NULL REFERENCES programmes (id),
    kind          VARCHAR(20) NOT NULL
                  CHECK (kind IN ('stage1', 'stage2', 'surveillance', 'recertification', 'special')),
    planned_start VARCHAR(10) NOT NULL,
    planned_end   VARCHAR(10) NOT NULL,
    actual_start  VARCHAR(10),
    actual_end    VARCHAR(10),
    days          DOUBLE PRECISION CHECK (days IS NULL OR days >= 0),
    method        VARCHAR(10) NOT NULL DEFAULT 'onsite' CHECK (method IN ('onsite', 'remote', 'combined')),
    status        VARCHAR(10) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'confirmed', 'done', 'cancelled')),
    all_controls  INTEGER NOT NULL DEFAULT 0 CHECK (all_controls IN (0, 1)),
    controls      TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audits_programme ON audits (programme_id, status, planned_end, kind);
CREATE INDEX audits_planned_end ON audits (planned_end);

CREATE TABLE audit_team (
    id         INTEGER PRIMARY KEY,
    audit_id   INTEGER NOT NULL REFERENCES audits (id),
    auditor_id INTEGER NOT NULL REFERENCES auditors (id),
    role       VARCHAR(10) NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'member', 'expert'))
);
CREATE INDEX audit_team_audit ON audit_team (audit_id);
CREATE INDEX audit_team_auditor ON audit_team (auditor_id);

CREATE TABLE audit_shifts (
    id       INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audits (id),
    shift_id INTEGER NOT NULL REFERENCES client_shifts (id),
    covered  INTEGER NOT NULL DEFAULT 1 CHECK (covered IN (0, 1)),
    reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_shifts_audit ON audit_shifts (audit_id);

CREATE TABLE audit_services (
    id         INTEGER PRIMARY KEY,
    audit_id   INTEGER NOT NULL REFERENCES audits (id),
    service_id INTEGER NOT NULL REFERENCES client_services (id)
);
CREATE INDEX audit_services_audit ON audit_services (audit_id);

CREATE TABLE audit_sites (
    id       INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audits (id),
    site_id  INTEGER NOT NULL REFERENCES client_sites (id)
);
CREATE INDEX audit_sites_audit ON audit_sites (audit_id);
