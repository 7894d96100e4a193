-- Schema version 8: the public information sheet (CSISMS certification rules 5.1.1) — the
-- eleven items the body makes public to the client, each with the body's text in both
-- languages. Reference data: seeded from resources/reference/information-sheet.json the
-- first time the database is opened for writing, then edited in Settings.

CREATE TABLE information_items (
    id        INTEGER PRIMARY KEY,
    item      INTEGER NOT NULL UNIQUE CHECK (item BETWEEN 1 AND 11),
    title_zh  VARCHAR(300) NOT NULL DEFAULT '',
    title_en  VARCHAR(300) NOT NULL DEFAULT '',
    text_zh   TEXT NOT NULL DEFAULT '',
    text_en   TEXT NOT NULL DEFAULT ''
);
