//! Limits on every field, as constants shared by client forms and server checks.

/// Fewest characters (Unicode scalar values) in a nickname.
pub const NICKNAME_MIN_CHARS: usize = 3;
/// Most characters in a nickname.
pub const NICKNAME_MAX_CHARS: usize = 24;
/// Fewest characters in a new password.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Most characters in a password (also bounds the work of hashing one).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Most preferred languages an account can list (every supported language once).
pub const LANGUAGES_MAX: usize = 6;
/// Length of a session token in characters (lowercase hex of 32 random bytes).
pub const SESSION_TOKEN_CHARS: usize = 64;
/// Most sessions in the own sessions list (the most recently used).
pub const SESSIONS_LISTED_MAX: usize = 100;
/// Largest request body the server reads, in bytes: room for the longest text and title in
/// characters of four bytes each (4000 emoji) with the rest of the request around them.
pub const MAX_BODY_BYTES: usize = 4 * (MESSAGE_MAX_CHARS + THREAD_TITLE_MAX_CHARS) + 8 * 1024;
/// Digits in a TOTP code (RFC 6238 with SHA-1 and 30-second steps).
pub const TOTP_DIGITS: usize = 6;
/// Most characters in a counselling message (at least one that is not white space).
pub const MESSAGE_MAX_CHARS: usize = 4000;
/// Most characters in a client-made message id (letters, digits, `-`, `_`; a UUID fits).
pub const CLIENT_MESSAGE_ID_MAX_CHARS: usize = 64;
/// Most characters in a phone number as typed, separators included.
pub const PHONE_MAX_CHARS: usize = 20;
/// Fewest digits in a phone number.
pub const PHONE_MIN_DIGITS: usize = 6;
/// Most digits in a phone number (E.164).
pub const PHONE_MAX_DIGITS: usize = 15;
/// Longest callback time window, in seconds (one week).
pub const CALLBACK_WINDOW_MAX_SECS: i64 = 7 * 24 * 60 * 60;
/// How far ahead a callback window may start, in seconds (14 days).
pub const CALLBACK_WINDOW_MAX_AHEAD_SECS: i64 = 14 * 24 * 60 * 60;
/// How long after its window has ended a callback request (with its phone number) is kept at
/// most, done or not, in seconds (one day: time to note the call, no longer).
pub const CALLBACK_GRACE_SECS: i64 = 24 * 60 * 60;
/// Most characters in a counsellor's absence notice.
pub const ABSENCE_TEXT_MAX_CHARS: usize = 500;
/// How far ahead an absence may last, in seconds (one year).
pub const ABSENCE_MAX_AHEAD_SECS: i64 = 366 * 24 * 60 * 60;
/// Enquiries a young person may have open (not closed) at once.
pub const OPEN_ENQUIRIES_MAX: usize = 5;
/// Most enquiries in one inbox page or list answer.
pub const ENQUIRIES_PAGE_MAX: usize = 100;
/// Enquiries in one inbox page unless the counsellor asks for another number.
pub const INBOX_PAGE_DEFAULT: u32 = 50;
/// Default and largest number of messages in one history answer.
pub const MESSAGES_PAGE_MAX: u32 = 200;
/// Fewest characters in a forum thread title (white space at the ends not counted).
pub const THREAD_TITLE_MIN_CHARS: usize = 3;
/// Most characters in a forum thread title.
pub const THREAD_TITLE_MAX_CHARS: usize = 120;
/// Default number of threads or posts in one forum page.
pub const FORUM_PAGE_DEFAULT: u32 = 20;
/// Largest number of threads or posts in one forum page.
pub const FORUM_PAGE_MAX: u32 = 50;
/// The weight of unreviewed flags that hides a young person's forum post until a counsellor
/// decides. A flag weighs [`FLAG_WEIGHT_NEW`] from an account younger than
/// [`NEW_ACCOUNT_DAYS`], [`FLAG_WEIGHT_OLD`] from an older one and [`FLAG_WEIGHT_ACTIVE`] from an
/// older one with a post of its own in the forum that is not hidden; a counsellor's weighs this
/// much alone. A counsellor's post is never hidden by flags, only by a counsellor.
pub const FLAG_WEIGHT_TO_HIDE: i64 = 6;
/// See [`FLAG_WEIGHT_TO_HIDE`]: six new accounts, not three from one address, hide a post.
pub const FLAG_WEIGHT_NEW: i64 = 1;
/// See [`FLAG_WEIGHT_TO_HIDE`].
pub const FLAG_WEIGHT_OLD: i64 = 2;
/// See [`FLAG_WEIGHT_TO_HIDE`].
pub const FLAG_WEIGHT_ACTIVE: i64 = 3;
/// Accounts younger than this many days are limited in starting threads.
pub const NEW_ACCOUNT_DAYS: i64 = 7;
/// Threads a new account may start in any 24 hours.
pub const NEW_ACCOUNT_THREADS_PER_DAY: i64 = 3;
