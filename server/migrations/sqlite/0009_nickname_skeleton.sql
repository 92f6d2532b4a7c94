-- Look-alike nicknames (SQLite): the nickname's UTS #39 skeleton (src/nicknames.rs), unique, so
-- "lena" in Cyrillic letters or fullwidth cannot be registered beside "lena". Accounts made
-- before get theirs when the server starts; where two old ones look alike, the older keeps it
-- and the other stays NULL (NULLs do not collide).
ALTER TABLE accounts ADD COLUMN nickname_skeleton TEXT;
CREATE UNIQUE INDEX accounts_nickname_skeleton ON accounts (nickname_skeleton);
