-- Password changes and the sessions list (PostgreSQL).
--
-- A counsellor's password is made by the admin command and handed over; the counsellor must
-- change it at the first login (until then only the own account, its sessions and logging out
-- are open). No counsellor could change a password before this migration, so every existing
-- counsellor still has the admin-made one and must change it too.
ALTER TABLE accounts ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE accounts SET password_change_required = TRUE WHERE role = 'counsellor';

-- When a session was last used for a request (to the minute), for the owner's sessions list.
-- Nothing identifying (address, device) is stored with a session.
ALTER TABLE sessions ADD COLUMN last_used_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_used_at = created_at;
