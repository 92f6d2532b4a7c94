-- Callback requests (with their phone numbers) are deleted a day after their time window ends,
-- done or not: the retention job finds them by the window's end.
CREATE INDEX callbacks_window_until ON callbacks (window_until);
