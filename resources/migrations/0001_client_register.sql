-- Schema version 1: tamper-evident change log and the client register (认证委托人).
-- Standard SQL types only; Database adapts the few dialect differences for QPSQL.

CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    logged_at   VARCHAR(32)  NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    table_name  VARCHAR(64)  NOT NULL,
    row_id      INTEGER      NOT NULL,
    client_id   INTEGER,
    action      VARCHAR(8)   NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json  TEXT,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL UNIQUE
);
CREATE INDEX change_log_record ON change_log (table_name, row_id);
CREATE INDEX change_log_client ON change_log (client_id);

CREATE TABLE clients (
    id                   INTEGER PRIMARY KEY,
    name_zh              VARCHAR(200) NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en              VARCHAR(200) NOT NULL DEFAULT '',
    credit_code          CHAR(18) UNIQUE,
    address              VARCHAR(400) NOT NULL DEFAULT '',
    legal_representative VARCHAR(100) NOT NULL DEFAULT '',
    contact              VARCHAR(100) NOT NULL DEFAULT '',
    phone                VARCHAR(50)  NOT NULL DEFAULT '',
    email                VARCHAR(200) NOT NULL DEFAULT '',
    headcount            INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    notes                TEXT NOT NULL DEFAULT '',
    archived             INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX clients_name_zh ON clients (name_zh);
CREATE INDEX clients_name_en ON clients (name_en);
CREATE INDEX clients_contact ON clients (contact);
CREATE INDEX clients_headcount ON clients (headcount);

CREATE TABLE client_sites (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    name      VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    address   VARCHAR(400) NOT NULL DEFAULT '',
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0)
);
CREATE INDEX client_sites_client ON client_sites (client_id);

CREATE TABLE client_shifts (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id),
    name      VARCHAR(100) NOT NULL CHECK (length(trim(name)) > 0),
    hours     VARCHAR(100) NOT NULL DEFAULT '',
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0)
);
CREATE INDEX client_shifts_client ON client_shifts (client_id);

CREATE TABLE client_legal_entities (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients (id),
    name        VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    credit_code CHAR(18)
);
CREATE INDEX client_legal_entities_client ON client_legal_entities (client_id);
