-- Staff accounts (second factor, disabling, absence notice) and counselling by mail, chat and
-- callback (PostgreSQL). Times are whole seconds since the Unix epoch (UTC).
--
-- Staff accounts are not asked an age band: theirs is stored as '' (the column predates staff
-- accounts, kept the same as in SQLite).
ALTER TABLE accounts ADD COLUMN totp_secret    BYTEA;  -- staff only: raw TOTP secret bytes
ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT; -- newest accepted TOTP step (no replay)
ALTER TABLE accounts ADD COLUMN disabled_at    BIGINT; -- set: no login, no session
ALTER TABLE accounts ADD COLUMN absence_text   TEXT;   -- counsellor's absence notice
ALTER TABLE accounts ADD COLUMN absence_until  BIGINT;

CREATE TABLE enquiries (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    youth_id              BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    counsellor_id         BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    topic                 TEXT NOT NULL CHECK (topic IN ('work', 'training', 'school',
                            'residence', 'language', 'housing', 'everyday_life', 'other')),
    language              TEXT NOT NULL,
    mode                  TEXT NOT NULL CHECK (mode IN ('mail', 'chat', 'callback')),
    status                TEXT NOT NULL CHECK (status IN ('new', 'accepted', 'closed')),
    created_at            BIGINT NOT NULL,
    accepted_at           BIGINT,
    closed_at             BIGINT,
    last_message_at       BIGINT NOT NULL,
    youth_read_up_to      BIGINT NOT NULL DEFAULT 0, -- newest message id the youth has read
    counsellor_read_up_to BIGINT NOT NULL DEFAULT 0, -- the same for the counsellor who has it
    callback_done_at      BIGINT
);

CREATE INDEX enquiries_inbox ON enquiries (status, language, created_at);
CREATE INDEX enquiries_youth_id ON enquiries (youth_id);
CREATE INDEX enquiries_counsellor_id ON enquiries (counsellor_id);
CREATE INDEX enquiries_closed_at ON enquiries (closed_at);

CREATE TABLE messages (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- grows in storage order
    enquiry_id        BIGINT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    author_id         BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    sender            TEXT NOT NULL CHECK (sender IN ('youth', 'counsellor')),
    client_message_id TEXT NOT NULL,
    body              TEXT NOT NULL,
    created_at        BIGINT NOT NULL
);

-- A resend with the same client-made id finds the stored message instead of adding another.
CREATE UNIQUE INDEX messages_author_client_id ON messages (author_id, client_message_id);
CREATE INDEX messages_enquiry_id ON messages (enquiry_id, id);

-- The only personal datum of counselling: deleted when done, when the enquiry closes, or
-- after 14 days.
CREATE TABLE callbacks (
    enquiry_id   BIGINT PRIMARY KEY REFERENCES enquiries (id) ON DELETE CASCADE,
    phone        TEXT NOT NULL,
    window_from  BIGINT NOT NULL,
    window_until BIGINT NOT NULL,
    created_at   BIGINT NOT NULL
);

CREATE INDEX callbacks_created_at ON callbacks (created_at);
