-- Accounts and sessions (PostgreSQL). Times are whole seconds since the Unix epoch (UTC).
CREATE TABLE accounts (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nickname           TEXT   NOT NULL,                  -- as registered
    nickname_canonical TEXT   NOT NULL UNIQUE,           -- lowercased in Rust (full Unicode)
    password_hash      TEXT   NOT NULL,                  -- Argon2id PHC string
    role               TEXT   NOT NULL CHECK (role IN ('youth', 'counsellor', 'admin')),
    age_band           TEXT   NOT NULL,
    languages          TEXT   NOT NULL,                  -- codes, comma-separated, preferred first
    created_at         BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash BYTEA  PRIMARY KEY CHECK (octet_length(token_hash) = 32), -- SHA-256 of the token
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_account_id ON sessions (account_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
