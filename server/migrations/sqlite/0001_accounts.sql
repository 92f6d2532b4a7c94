-- Accounts and sessions (SQLite). Times are whole seconds since the Unix epoch (UTC).
CREATE TABLE accounts (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids are never reused
    nickname           TEXT    NOT NULL,                  -- as registered
    nickname_canonical TEXT    NOT NULL UNIQUE,           -- lowercased in Rust (full Unicode)
    password_hash      TEXT    NOT NULL,                  -- Argon2id PHC string
    role               TEXT    NOT NULL CHECK (role IN ('youth', 'counsellor', 'admin')),
    age_band           TEXT    NOT NULL,
    languages          TEXT    NOT NULL,                  -- codes, comma-separated, preferred first
    created_at         INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash BLOB    PRIMARY KEY NOT NULL CHECK (length(token_hash) = 32), -- SHA-256 of the token
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

CREATE INDEX sessions_account_id ON sessions (account_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
