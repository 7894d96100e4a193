-- Schema version 6: what an audit finds (审核发现: nonconformities and observations, their
-- correction and its verification), the certification decision (认证决定) on a programme's
-- cycle, and the certificates (证书) it issues with their life as events. Status codes are
-- CNCA's (01 valid … 05 expired); reason codes come from the reference data
-- (cnca-codes.json).
--
-- certificate_events is only ever added to: the repository has no update or delete for it,
-- and a mistaken event is reversed by a later one naming it (reverses). certificates.status
-- is what the events make of the certificate, kept with them in the same transaction so the
-- register can be listed without replaying every history; `check` replays them.

CREATE TABLE audit_findings (
    id                INTEGER PRIMARY KEY,
    audit_id          INTEGER NOT NULL REFERENCES audits (id),
    grade             VARCHAR(12) NOT NULL CHECK (grade IN ('major', 'minor', 'observation')),
    requirement       VARCHAR(100) NOT NULL,
    statement         TEXT NOT NULL,
    evidence          TEXT NOT NULL DEFAULT '',
    raised_on         VARCHAR(10) NOT NULL,
    due_on            VARCHAR(10),
    correction        TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    verdict           VARCHAR(10) NOT NULL DEFAULT 'open' CHECK (verdict IN ('open', 'accepted', 'rejected')),
    verified_on       VARCHAR(10),
    verified_by       INTEGER REFERENCES auditors (id)
);
CREATE INDEX audit_findings_audit ON audit_findings (audit_id);
CREATE INDEX audit_findings_open ON audit_findings (verdict, grade);

CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL UNIQUE REFERENCES programmes (id),
    outcome      VARCHAR(10) NOT NULL CHECK (outcome IN ('grant', 'refuse')),
    decided_on   VARCHAR(10) NOT NULL,
    decided_by   INTEGER NOT NULL REFERENCES users (id),
    decider_name VARCHAR(200) NOT NULL,
    reasons      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE certificates (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    programme_id    INTEGER NOT NULL UNIQUE REFERENCES programmes (id),
    decision_id     INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    number          VARCHAR(60) NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    scope_zh        TEXT NOT NULL DEFAULT '',
    scope_en        TEXT NOT NULL DEFAULT '',
    scope_classes   VARCHAR(2000) NOT NULL DEFAULT '',
    sites           TEXT NOT NULL DEFAULT '',
    standard        VARCHAR(200) NOT NULL,
    issued_on       VARCHAR(10) NOT NULL,
    first_issued_on VARCHAR(10) NOT NULL,
    expires_on      VARCHAR(10) NOT NULL,
    status          VARCHAR(2) NOT NULL DEFAULT '01' CHECK (status IN ('01', '02', '03', '04', '05'))
);
CREATE INDEX certificates_client ON certificates (client_id);
CREATE INDEX certificates_status ON certificates (status, expires_on);

CREATE TABLE certificate_events (
    id             INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificates (id),
    kind           VARCHAR(10) NOT NULL
                   CHECK (kind IN ('issue', 'suspend', 'restore', 'withdraw', 'cancel', 'expire', 'extend', 'reduce', 'reverse')),
    occurred_on    VARCHAR(10) NOT NULL,
    reason_code    VARCHAR(10) NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    reverses       INTEGER REFERENCES certificate_events (id),
    scope_zh       TEXT NOT NULL DEFAULT '',
    scope_en       TEXT NOT NULL DEFAULT '',
    recorded_by    VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE INDEX certificate_events_certificate ON certificate_events (certificate_id);
