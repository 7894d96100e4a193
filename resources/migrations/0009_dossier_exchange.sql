-- Schema version 9: dossier exchange between databases (an office database and a
-- reviewer's laptop). A database is known by the hash of the first entry of its change
-- log; a client's dossier exported from one database and imported into another is merged
-- record by record, and these tables keep what such a merge needs and did.

-- Which record of another database a record here is: written when a dossier is imported,
-- so that the next exchange finds the same records again (a record's id differs from one
-- database to the other). Filed under the client whose dossier it belongs to.
CREATE TABLE record_links (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    table_name    VARCHAR(64) NOT NULL,
    local_id      INTEGER NOT NULL,
    peer_database CHAR(64) NOT NULL,
    peer_id       INTEGER NOT NULL,
    UNIQUE (peer_database, table_name, peer_id)
);
CREATE INDEX record_links_local ON record_links (table_name, local_id);
CREATE INDEX record_links_client ON record_links (client_id);

-- One import of a dossier: from which database and bundle, what it added and changed,
-- and a digest of the other database's change-log entries it kept (peer_log_entries).
CREATE TABLE dossier_merges (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id),
    merged_at       VARCHAR(32) NOT NULL,
    user_name       VARCHAR(200) NOT NULL,
    bundle_sha256   CHAR(64) NOT NULL,
    peer_database   CHAR(64) NOT NULL,
    peer_head_hash  CHAR(64) NOT NULL,
    added           INTEGER NOT NULL CHECK (added >= 0),
    taken           INTEGER NOT NULL CHECK (taken >= 0),
    kept            INTEGER NOT NULL CHECK (kept >= 0),
    peer_entries    INTEGER NOT NULL CHECK (peer_entries >= 0),
    entries_digest  CHAR(64) NOT NULL
);
CREATE INDEX dossier_merges_client ON dossier_merges (client_id);

-- The other database's change-log entries about the dossier, kept exactly as they were
-- (each verifiable by its own hash): a log, like change_log, not a record table.
CREATE TABLE peer_log_entries (
    id            INTEGER PRIMARY KEY,
    merge_id      INTEGER NOT NULL REFERENCES dossier_merges (id),
    peer_database CHAR(64) NOT NULL,
    entry_id      INTEGER NOT NULL,
    logged_at     VARCHAR(32)  NOT NULL,
    user_name     VARCHAR(200) NOT NULL,
    table_name    VARCHAR(64)  NOT NULL,
    row_id        INTEGER      NOT NULL,
    client_id     INTEGER,
    action        VARCHAR(8)   NOT NULL,
    before_json   TEXT,
    after_json    TEXT,
    prev_hash     CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL UNIQUE,
    origin        VARCHAR(16)
);
CREATE INDEX peer_log_entries_merge ON peer_log_entries (merge_id);
