-- Staff accounts (second factor, disabling, absence notice) and counselling by mail, chat and
-- callback (SQLite). Times are whole seconds since the Unix epoch (UTC).
--
-- Staff accounts are not asked an age band: theirs is stored as '' (the column predates staff
-- accounts, and SQLite cannot drop a NOT NULL without rebuilding the table).
ALTER TABLE accounts ADD COLUMN totp_secret    BLOB;    -- staff only: raw TOTP secret bytes
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER; -- newest accepted TOTP step (no replay)
ALTER TABLE accounts ADD COLUMN disabled_at    INTEGER; -- set: no login, no session
ALTER TABLE accounts ADD COLUMN absence_text   TEXT;    -- counsellor's absence notice
ALTER TABLE accounts ADD COLUMN absence_until  INTEGER;

CREATE TABLE enquiries (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    youth_id              INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    counsellor_id         INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    topic                 TEXT    NOT NULL CHECK (topic IN ('work', 'training', 'school',
                              'residence', 'language', 'housing', 'everyday_life', 'other')),
    language              TEXT    NOT NULL,
    mode                  TEXT    NOT NULL CHECK (mode IN ('mail', 'chat', 'callback')),
    status                TEXT    NOT NULL CHECK (status IN ('new', 'accepted', 'closed')),
    created_at            INTEGER NOT NULL,
    accepted_at           INTEGER,
    closed_at             INTEGER,
    last_message_at       INTEGER NOT NULL,
    youth_read_up_to      INTEGER NOT NULL DEFAULT 0, -- newest message id the youth has read
    counsellor_read_up_to INTEGER NOT NULL DEFAULT 0, -- the same for the counsellor who has it
    callback_done_at      INTEGER
);

CREATE INDEX enquiries_inbox ON enquiries (status, language, created_at);
CREATE INDEX enquiries_youth_id ON enquiries (youth_id);
CREATE INDEX enquiries_counsellor_id ON enquiries (counsellor_id);
CREATE INDEX enquiries_closed_at ON enquiries (closed_at);

CREATE TABLE messages (
    id                INTEGER PRIMARY KEY AUTOINCREMENT, -- grows in storage order, never reused
    enquiry_id        INTEGER NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    author_id         INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    sender            TEXT    NOT NULL CHECK (sender IN ('youth', 'counsellor')),
    client_message_id TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    created_at        INTEGER NOT NULL
);

-- A resend with the same client-made id finds the stored message instead of adding another.
CREATE UNIQUE INDEX messages_author_client_id ON messages (author_id, client_message_id);
CREATE INDEX messages_enquiry_id ON messages (enquiry_id, id);

-- The only personal datum of counselling: deleted when done, when the enquiry closes, or
-- after 14 days.
CREATE TABLE callbacks (
    enquiry_id   INTEGER PRIMARY KEY REFERENCES enquiries (id) ON DELETE CASCADE,
    phone        TEXT    NOT NULL,
    window_from  INTEGER NOT NULL,
    window_until INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE INDEX callbacks_created_at ON callbacks (created_at);
