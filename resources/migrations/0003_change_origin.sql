-- Schema version 3: a change-log entry says where it came from when that is not a plain
-- write: "undo" or "redo" of an earlier step. NULL for every earlier entry, whose hash
-- therefore stays as it was (the hash covers origin only when it is set).
ALTER TABLE change_log ADD COLUMN origin VARCHAR(16);
