-- When an account was last used (PostgreSQL): registration, login, or a request with one of its
-- sessions (to the minute). Young people's accounts nobody has used for the configured time
-- are deleted with everything in them (retention, --inactive-account-days). Until now the
-- sessions' own use is the best that is known.
ALTER TABLE accounts ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE accounts SET last_seen_at = GREATEST(created_at, COALESCE((SELECT MAX(s.last_used_at) FROM sessions s WHERE s.account_id = accounts.id), 0));
CREATE INDEX accounts_last_seen ON accounts (role, last_seen_at);
