-- Moderation in the places (SQLite): whom a young person blocked (their avatar and room chat
-- hidden for them in every place), and reports of someone in a place with their last room chat
-- lines, for the counsellors' moderation queue. Times are whole seconds since the Unix epoch.
--
-- Room chat itself is never stored: a report keeps only the reported person's last lines,
-- because the reporter asked for them to be looked at. Deleting either account deletes its
-- blocks; a report goes with the reported account and forgets a deleted reporter.
CREATE TABLE blocks (
    blocker_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    blocked_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

CREATE TABLE room_reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    place       TEXT    NOT NULL,
    reporter_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    reported_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    lines       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    decided_at  INTEGER,
    decided_by  INTEGER REFERENCES accounts (id) ON DELETE SET NULL
);

CREATE INDEX room_reports_open ON room_reports (decided_at, created_at, id);
CREATE INDEX room_reports_reporter ON room_reports (reporter_id, created_at);
