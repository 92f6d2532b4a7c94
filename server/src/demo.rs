//! `--demo`: a server for trying both sides on one machine (`scripts/run --demo`). It fills a
//! fresh SQLite database with a demo counsellor, a few young people's enquiries in several
//! languages (new ones in the inbox, an answered one, a callback) and forum topics (a pinned
//! one by the counsellor, a post with flags in the moderation queue), and writes the demo
//! logins to [`DEMO_FILE`] in the data directory, readable only by its owner.
//!
//! It refuses to run anywhere but a loopback address and a new, empty data directory, so demo
//! accounts with known passwords never exist on a server others can reach or beside real data.

use crate::admin::{self, AdminError};
use crate::config::Config;
use crate::passwords::Passwords;
use crate::sessions::new_session;
use crate::store::Store;
use crate::store::{Appended, Created, NewAccount, NewEnquiry, NewMessage, NewThread, Replied};
use lernwelt_protocol::demo::{DEMO_FILE, DemoAccounts, DemoLogin};
use lernwelt_protocol::limits::{FLAG_WEIGHT_OLD, FLAG_WEIGHT_TO_HIDE};
use lernwelt_protocol::{
    AccountId, AgeBand, CallbackDetails, CallbackWindow, Category, ClientMessageId, EnquiryId,
    Language, Languages, MessageText, Mode, Nickname, Password, PhoneNumber, Role, Side, ThreadId,
    ThreadTitle, Timestamp, Topic,
};
use std::io::Write as _;
use std::path::Path;

/// Why `--demo` may not run with this configuration, if it may not.
#[must_use]
pub fn refusal(config: &Config) -> Option<String> {
    if !config.listen.ip().is_loopback() {
        return Some(format!(
            "--demo listens only on a loopback address such as 127.0.0.1, never on {}: its \
             accounts have passwords written to a file",
            config.listen.ip()
        ));
    }
    if config.database_url.is_some() {
        return Some(
            "--demo uses SQLite in a new data directory; leave out --database-url".to_owned(),
        );
    }
    match std::fs::read_dir(&config.data_dir).map(|mut entries| entries.next().is_some()) {
        Ok(true) => Some(format!(
            "--demo needs a new, empty data directory, and {} holds files already",
            config.data_dir.display()
        )),
        Ok(false) => None,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => Some(format!(
            "--demo cannot read the data directory {}: {e}",
            config.data_dir.display()
        )),
    }
}

/// Fills the store with the demo and writes the logins to `data_dir`/[`DEMO_FILE`]. Runs once,
/// on the fresh database [`refusal`] allowed.
pub async fn seed(
    store: &dyn Store,
    passwords: &Passwords,
    data_dir: &Path,
    now: Timestamp,
) -> Result<(), AdminError> {
    let demo = Demo {
        store,
        passwords,
        now,
    };
    let all = Languages::try_from(Language::ALL.to_vec())
        .map_err(|e| AdminError(format!("languages: {e}")))?;
    let counsellor = admin::add_counsellor(
        store,
        passwords,
        &name("Demo-Beraterin")?,
        &all,
        // The demo's logins are written to a file for trying both sides at once: no forced
        // change of the password.
        false,
        demo.at(-3 * DAY),
    )
    .await?;
    let staff = counsellor.account.id;

    let (amira, amira_password) = demo.youth("Demo-Amira", Language::Ar).await?;
    let (dmytro, _) = demo.youth("Demo-Dmytro", Language::Ru).await?;
    let (elif, _) = demo.youth("Demo-Elif", Language::Tr).await?;
    let (guest, _) = demo.youth("Demo-Gast", Language::De).await?;

    // Counselling: an answered letter, a new chat question, a callback the counsellor took,
    // and a new letter in Turkish.
    let work = demo
        .enquiry(
            amira,
            Topic::Work,
            Language::Ar,
            Mode::Mail,
            "مرحبا، أنا في ألمانيا منذ سنة وأريد أن أعمل في مطعم بعد المدرسة. هل أحتاج إلى إذن؟",
            None,
            -2 * DAY,
        )
        .await?;
    demo.accept(work, staff, &all, -2 * DAY + HOUR).await?;
    demo.message(
        work,
        staff,
        Side::Counsellor,
        "مرحبا، شكرا على سؤالك. هذا يعتمد على تصريح الإقامة. ما المكتوب في بطاقتك تحت «ملاحظات»؟",
        -2 * DAY + 2 * HOUR,
    )
    .await?;
    demo.message(
        work,
        amira,
        Side::Youth,
        "مكتوب: «العمل مسموح بإذن من مكتب الأجانب». ماذا أفعل الآن؟",
        -DAY,
    )
    .await?;
    demo.message(
        work,
        staff,
        Side::Counsellor,
        "جيد! اطلبي من المطعم وصفا للعمل، ثم نقدم الطلب معا. هل يناسبك موعد يوم الخميس؟",
        -DAY + HOUR,
    )
    .await?;
    demo.enquiry(
        amira,
        Topic::Language,
        Language::De,
        Mode::Chat,
        "Hallo! Wo finde ich einen Deutschkurs am Abend? Tagsüber habe ich Schule.",
        None,
        -3 * HOUR,
    )
    .await?;
    let window = CallbackWindow::new(demo.now.berlin_day_at(1, 15), demo.now.berlin_day_at(1, 18))
        .map_err(|e| AdminError(format!("callback window: {e}")))?;
    let phone = PhoneNumber::try_from("0151 2345 6789".to_owned())
        .map_err(|e| AdminError(format!("phone: {e}")))?;
    let callback = demo
        .enquiry(
            dmytro,
            Topic::Residence,
            Language::Ru,
            Mode::Callback,
            "Здравствуйте! Мой вид на жительство заканчивается через два месяца. Можно мне позвонить?",
            Some(CallbackDetails { phone, window }),
            -5 * HOUR,
        )
        .await?;
    demo.accept(callback, staff, &all, -4 * HOUR).await?;
    demo.enquiry(
        elif,
        Topic::Training,
        Language::Tr,
        Mode::Mail,
        "Merhaba, Ausbildung için başvurmak istiyorum ama belgelerim Türkçe. Çeviri gerekli mi?",
        None,
        -HOUR,
    )
    .await?;

    // The forum.
    let welcome = demo
        .thread(
            staff,
            Category::Work,
            Language::De,
            "Willkommen im Forum – bitte zuerst lesen",
            "Hier helft ihr euch gegenseitig. Schreibt keine echten Namen, Adressen oder \
             Telefonnummern. Für persönliche Fragen gibt es die anonyme Beratung am Schalter.",
            -3 * DAY,
        )
        .await?;
    demo.pin(welcome).await?;
    let first_year = demo
        .thread(
            elif,
            Category::Training,
            Language::De,
            "Ausbildung: Wie war euer erstes Jahr?",
            "Ich fange im August eine Ausbildung als Kauffrau an und bin nervös. Wie war die \
             Berufsschule für euch?",
            -2 * DAY,
        )
        .await?;
    demo.reply(
        first_year,
        amira,
        "Am Anfang waren die Fachwörter schwer. Schreib dir jede Woche eine Liste, das hilft!",
        -2 * DAY + 3 * HOUR,
    )
    .await?;
    demo.reply(
        first_year,
        staff,
        "Gute Idee mit der Liste. Es gibt auch Nachhilfe während der Ausbildung – fragt dazu \
         gern in der Beratung.",
        -DAY,
    )
    .await?;
    let spam = demo
        .reply(
            first_year,
            guest,
            "Billige Handys!!! Schreibt mir privat, nur heute!!!",
            -2 * HOUR,
        )
        .await?;
    for flagger in [amira, elif] {
        demo.flag(spam, flagger).await?;
    }
    let free_course = demo
        .thread(
            amira,
            Category::Language,
            Language::Ar,
            "أين أتعلم الألمانية مجانا؟",
            "هل تعرفون دروسا مجانية في المدينة أو على الإنترنت؟",
            -DAY,
        )
        .await?;
    demo.reply(
        free_course,
        staff,
        "في كثير من المدن توجد مقاهي لغة مجانية في المكتبة. اسألوا أيضا في مركز الشباب.",
        -20 * HOUR,
    )
    .await?;
    demo.thread(
        dmytro,
        Category::Housing,
        Language::Ru,
        "Общежитие для учеников",
        "Кто знает, как получить место в общежитии во время обучения?",
        -6 * HOUR,
    )
    .await?;

    write_logins(
        &data_dir.join(DEMO_FILE),
        &DemoAccounts {
            counsellor: DemoLogin {
                nickname: name("Demo-Beraterin")?,
                password: password(counsellor.password)?,
                totp_secret: Some(crate::totp::base32(counsellor.secret.as_bytes())),
            },
            youth: DemoLogin {
                nickname: name("Demo-Amira")?,
                password: amira_password,
                totp_secret: None,
            },
        },
    )
}

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

/// Writes the logins for the owner's eyes only (created new, mode 0600 on Unix).
fn write_logins(path: &Path, accounts: &DemoAccounts) -> Result<(), AdminError> {
    let json =
        serde_json::to_vec_pretty(accounts).map_err(|e| AdminError(format!("demo logins: {e}")))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .and_then(|mut file| file.write_all(&json))
        .map_err(|e| AdminError(format!("cannot write {}: {e}", path.display())))
}

fn name(text: &str) -> Result<Nickname, AdminError> {
    Nickname::try_from(text).map_err(|e| AdminError(format!("demo name {text}: {e}")))
}

fn password(text: String) -> Result<Password, AdminError> {
    Password::try_from(text).map_err(|e| AdminError(format!("demo password: {e}")))
}

/// The store calls the demo is made of, at times relative to `now`.
struct Demo<'a> {
    store: &'a dyn Store,
    passwords: &'a Passwords,
    now: Timestamp,
}

impl Demo<'_> {
    fn at(&self, offset: i64) -> Timestamp {
        self.now.plus_seconds(offset)
    }

    /// A young person's account with a generated password (no session is handed out).
    async fn youth(
        &self,
        nickname: &str,
        language: Language,
    ) -> Result<(AccountId, Password), AdminError> {
        let secret = password(admin::one_time_password()?)?;
        let created_at = self.at(-4 * DAY);
        let (_, session) = new_session(created_at, std::time::Duration::from_secs(60), false)?;
        let languages = Languages::try_from(vec![language])
            .map_err(|e| AdminError(format!("languages: {e}")))?;
        let account = self
            .store
            .create_account(
                &NewAccount {
                    nickname: name(nickname)?,
                    password_hash: self.passwords.hash(secret.expose()).await?,
                    role: Role::Youth,
                    age_band: AgeBand::From18To21,
                    languages,
                    created_at,
                },
                &session,
            )
            .await?;
        Ok((account.id, secret))
    }

    async fn enquiry(
        &self,
        youth: AccountId,
        topic: Topic,
        language: Language,
        mode: Mode,
        text: &str,
        callback: Option<CallbackDetails>,
        at: i64,
    ) -> Result<EnquiryId, AdminError> {
        let created = self
            .store
            .create_enquiry(&NewEnquiry {
                youth,
                topic,
                language,
                mode,
                client_message_id: client_id(at)?,
                text: text_of(text)?,
                callback,
                now: self.at(at),
                open_max: i64::MAX,
            })
            .await?;
        match created {
            Created::New(id) | Created::Existing(id) => Ok(id),
            Created::TooMany => Err(AdminError("too many demo enquiries".to_owned())),
            Created::Reused => Err(AdminError("a demo message id is taken".to_owned())),
        }
    }

    async fn accept(
        &self,
        enquiry: EnquiryId,
        counsellor: AccountId,
        languages: &Languages,
        at: i64,
    ) -> Result<(), AdminError> {
        self.store
            .accept(enquiry, counsellor, languages, self.at(at))
            .await?;
        Ok(())
    }

    async fn message(
        &self,
        enquiry: EnquiryId,
        author: AccountId,
        side: Side,
        text: &str,
        at: i64,
    ) -> Result<(), AdminError> {
        let appended = self
            .store
            .append_message(&NewMessage {
                enquiry,
                author,
                side,
                client_message_id: client_id(at)?,
                text: text_of(text)?,
                now: self.at(at),
            })
            .await?;
        match appended {
            Appended::Stored(_) | Appended::Existing(_) => Ok(()),
            Appended::Refused => Err(AdminError("a demo message was refused".to_owned())),
        }
    }

    async fn thread(
        &self,
        author: AccountId,
        category: Category,
        language: Language,
        title: &str,
        text: &str,
        at: i64,
    ) -> Result<ThreadId, AdminError> {
        let title = ThreadTitle::try_from(title.to_owned())
            .map_err(|e| AdminError(format!("demo title: {e}")))?;
        self.store
            .create_thread(
                &NewThread {
                    author,
                    category,
                    title,
                    language,
                    text: text_of(text)?,
                    now: self.at(at),
                },
                None,
            )
            .await?
            .ok_or_else(|| AdminError("a demo topic was refused".to_owned()))
    }

    async fn reply(
        &self,
        thread: ThreadId,
        author: AccountId,
        text: &str,
        at: i64,
    ) -> Result<lernwelt_protocol::PostId, AdminError> {
        match self
            .store
            .reply(thread, author, &text_of(text)?, self.at(at))
            .await?
        {
            Replied::Stored(post) => Ok(post),
            Replied::Locked => Err(AdminError("a demo topic is locked".to_owned())),
        }
    }

    async fn pin(&self, thread: ThreadId) -> Result<(), AdminError> {
        self.store.moderate_thread(thread, None, Some(true)).await?;
        Ok(())
    }

    async fn flag(&self, post: lernwelt_protocol::PostId, by: AccountId) -> Result<(), AdminError> {
        self.store
            .flag(post, by, FLAG_WEIGHT_OLD, FLAG_WEIGHT_TO_HIDE, self.now)
            .await?;
        Ok(())
    }
}

/// A client message id for a demo message (unique per author: the times differ).
fn client_id(at: i64) -> Result<ClientMessageId, AdminError> {
    ClientMessageId::try_from(format!("demo{}", at.unsigned_abs()))
        .map_err(|e| AdminError(format!("demo id: {e}")))
}

fn text_of(text: &str) -> Result<MessageText, AdminError> {
    MessageText::try_from(text.to_owned()).map_err(|e| AdminError(format!("demo text: {e}")))
}
