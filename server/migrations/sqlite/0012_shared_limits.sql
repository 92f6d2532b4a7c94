-- Limits every instance shares (SQLite): per-account rate limits and the count of wrong
-- passwords and codes, kept in the database so that several server processes over one
-- database count together. Times here are milliseconds since the Unix epoch (UTC).

-- One row per account and limit (kind: 'post', 'flag', 'reaction'). `full_at` is when the
-- account's bucket is full again (the generic cell rate algorithm's theoretical arrival time);
-- a row whose `full_at` has passed means the same as no row.
CREATE TABLE account_limits (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    full_at    INTEGER NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Wrong passwords and codes in a row, per account, and when the last one came.
CREATE TABLE login_failures (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    failures   INTEGER NOT NULL,
    last_at    INTEGER NOT NULL
);
