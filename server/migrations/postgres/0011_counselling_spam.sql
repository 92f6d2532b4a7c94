-- Spam in counselling (PostgreSQL): a counsellor closes an enquiry as spam (`spam` = 1, the young
-- person sees why) and may block the account from writing to counselling until an admin
-- lifts it (`lernwelt-server account unblock`); `counselling_blocked_at` is when.
ALTER TABLE enquiries ADD COLUMN spam BIGINT NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN counselling_blocked_at BIGINT;
