-- Whether a session was made by a login that checked the second factor (TOTP). A session of a
-- staff account counts only if it was: a young person's session does not become a counsellor's
-- when the row's role changes, and a staff row made without a secret gets no working session.
-- Sessions from before this migration have none, so staff log in again once.
ALTER TABLE sessions ADD COLUMN second_factor INTEGER NOT NULL DEFAULT 0 CHECK (second_factor IN (0, 1));
