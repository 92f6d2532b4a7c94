//! How the game was started: command-line flags natively, the page's query string on the web.
//! Only choices that act for nobody are read in a release build (place, language, screenshot,
//! server, window size, and a local demo server's logins, which only fill in forms); `--open`, `--bench-frames`, `--bench-avatars` and `--filter` need the `dev` feature, and
//! the page address never opens a panel or plays a demo.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::core::state::Place;
use lernwelt_protocol::Language;

/// Panels that `--open` can show before a screenshot (builds with the `dev` feature).
pub const OPEN_TARGETS: [&str; 21] = [
    "settings",
    "settings-sessions",
    "list",
    "people",
    "people-around",
    "people-report",
    "people-blocked",
    "counselling",
    "counselling-new",
    "counselling-callback",
    "counselling-thread",
    "forum",
    "forum-topic",
    "desk",
    "desk-thread",
    "desk-spam",
    "interview",
    "review",
    "handover",
    "lesson",
    "documents",
];

/// Start-up choices; everything optional.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct LaunchOptions {
    /// Skip the start screen and begin in this place.
    pub scene: Option<Place>,
    /// Use this language (overrides the saved setting for this run).
    pub lang: Option<Language>,
    /// Save a screenshot here once the scene has loaded, then exit.
    pub screenshot: Option<PathBuf>,
    /// Open this panel before the screenshot (`dev` builds only; always `None` otherwise).
    pub open: Option<String>,
    /// Measure this many frames, print frame-time figures as JSON, then exit (`dev` builds).
    pub bench_frames: Option<u32>,
    /// Fill the place with this many made-up others, without a server (`dev` builds).
    pub bench_avatars: Option<u16>,
    /// Keep settings in this file instead of the per-user one.
    pub settings: Option<PathBuf>,
    /// Window size.
    pub size: (u32, u32),
    /// Show the touch controls from the start (they otherwise appear with the first touch).
    pub touch: bool,
    /// Text to put in list mode's filter field (`dev` builds).
    pub filter: Option<String>,
    /// The counselling server's address (`http://…` or `https://…`).
    pub server: Option<String>,
    /// Begin at the counsellors' desk in the job centre (`scripts/run --counsellor`).
    pub counsellor: bool,
    /// The logins file of a local demo server (`scripts/run --demo`): the login forms offer to
    /// fill them in. Never read in the browser.
    pub demo: Option<PathBuf>,
}

/// What went wrong with the command line.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Help text for `--help`.
pub const USAGE: &str = if cfg!(feature = "dev") {
    "lernwelt [--scene job_centre|company|interview_room] [--lang de|en|ru|tr|ar|sq]
         [--screenshot FILE.png] [--settings FILE.json] [--size WIDTHxHEIGHT] [--touch]
         [--server URL] [--counsellor] [--demo LOGINS.json]
  developer build: [--open settings[-sessions]|list|people[-around|-report|-blocked]|counselling[-new|-callback|-thread]|forum[-topic]|desk[-thread|-spam]|interview|review|handover|lesson|documents]
         [--bench-frames N] [--bench-avatars N] [--filter TEXT]"
} else {
    "lernwelt [--scene job_centre|company|interview_room] [--lang de|en|ru|tr|ar|sq]
         [--screenshot FILE.png] [--settings FILE.json] [--size WIDTHxHEIGHT] [--touch]
         [--server URL] [--counsellor] [--demo LOGINS.json]"
};

/// Flags only a build with the `dev` feature takes.
const DEV_FLAGS: [&str; 4] = ["--open", "--bench-frames", "--bench-avatars", "--filter"];

impl LaunchOptions {
    /// Parses arguments (without the program name). `--help` is reported as an error whose
    /// text is the usage.
    pub fn parse<I, S>(args: I) -> Result<Self, UsageError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut options = LaunchOptions {
            size: (1280, 720),
            ..Default::default()
        };
        let mut args = args.into_iter().map(|a| a.as_ref().to_owned());
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
                _ => (arg.clone(), None),
            };
            if flag == "--help" || flag == "-h" {
                return Err(UsageError(USAGE.to_owned()));
            }
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| UsageError(format!("{name} needs a value\n{USAGE}")))
            };
            if !cfg!(feature = "dev") && DEV_FLAGS.contains(&flag.as_str()) {
                return Err(UsageError(format!(
                    "{flag} is a developer option: build with `--features dev` to use it\n{USAGE}"
                )));
            }
            match flag.as_str() {
                "--scene" => {
                    let v = value("--scene")?;
                    options.scene = Some(Place::from_id(&v).ok_or_else(|| {
                        UsageError(format!(
                            "unknown scene '{v}'; valid scenes: {}",
                            Place::ids()
                        ))
                    })?);
                }
                "--lang" => {
                    let v = value("--lang")?;
                    options.lang = Some(Language::from_code(&v).ok_or_else(|| {
                        UsageError(format!(
                            "unknown language '{v}'; valid languages: {}",
                            Language::codes()
                        ))
                    })?);
                }
                "--screenshot" => options.screenshot = Some(PathBuf::from(value("--screenshot")?)),
                "--open" => {
                    let v = value("--open")?;
                    if !OPEN_TARGETS.contains(&v.as_str()) {
                        return Err(UsageError(format!(
                            "unknown panel '{v}'; valid panels: {}",
                            OPEN_TARGETS.join(", ")
                        )));
                    }
                    options.open = Some(v);
                }
                "--bench-frames" => {
                    let v = value("--bench-frames")?;
                    let n: u32 = v
                        .parse()
                        .ok()
                        .filter(|n| (10..=100_000).contains(n))
                        .ok_or_else(|| {
                            UsageError(format!(
                                "--bench-frames takes a number from 10 to 100000, not '{v}'"
                            ))
                        })?;
                    options.bench_frames = Some(n);
                }
                "--bench-avatars" => {
                    let v = value("--bench-avatars")?;
                    let n: u16 = v
                        .parse()
                        .ok()
                        .filter(|n| (1..=1_000).contains(n))
                        .ok_or_else(|| {
                            UsageError(format!(
                                "--bench-avatars takes a number from 1 to 1000, not '{v}'"
                            ))
                        })?;
                    options.bench_avatars = Some(n);
                }
                "--settings" => options.settings = Some(PathBuf::from(value("--settings")?)),
                "--demo" => options.demo = Some(PathBuf::from(value("--demo")?)),
                "--touch" => options.touch = true,
                "--counsellor" => {
                    options.counsellor = true;
                    options.scene.get_or_insert(Place::JobCentre);
                }
                "--filter" => {
                    let v = value("--filter")?;
                    if v.chars().count() > 40 {
                        return Err(UsageError("--filter takes at most 40 characters".into()));
                    }
                    options.filter = Some(v);
                }
                "--server" => {
                    let v = value("--server")?;
                    if !(v.starts_with("http://") || v.starts_with("https://")) || v.len() > 200 {
                        return Err(UsageError(format!(
                            "--server takes an address such as http://127.0.0.1:8080, not '{v}'"
                        )));
                    }
                    options.server = Some(v);
                }
                "--size" => {
                    let v = value("--size")?;
                    options.size = v
                        .split_once('x')
                        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
                        .filter(|&(w, h): &(u32, u32)| {
                            (320..=7680).contains(&w) && (240..=4320).contains(&h)
                        })
                        .ok_or_else(|| {
                            UsageError(format!(
                                "--size takes WIDTHxHEIGHT such as 1280x720, not '{v}'"
                            ))
                        })?;
                }
                other => return Err(UsageError(format!("unknown argument '{other}'\n{USAGE}"))),
            }
        }
        Ok(options)
    }

    /// Whether the run is automated (screenshot or benchmark): no start screen, no saving.
    pub fn is_automated(&self) -> bool {
        self.screenshot.is_some() || self.bench_frames.is_some()
    }

    /// Reads `?scene=…&lang=…` from the page address (unknown values are ignored there). A
    /// link can choose where the world starts and in which language, nothing more: `open` and
    /// `server` are read only by a developer's build.
    #[cfg(target_arch = "wasm32")]
    pub fn from_page() -> Self {
        let mut options = LaunchOptions {
            size: (1280, 720),
            ..Default::default()
        };
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok());
        if let Some(query) = query {
            options.scene = query.get("scene").and_then(|s| Place::from_id(&s));
            options.lang = query.get("lang").and_then(|s| Language::from_code(&s));
            // A link must not send a person's account or letters elsewhere: the page talks to
            // the server it came from. Only a developer's build reads these two.
            if cfg!(feature = "dev") {
                options.open = query
                    .get("open")
                    .filter(|o| OPEN_TARGETS.contains(&o.as_str()));
                options.server = query
                    .get("server")
                    .filter(|s| s.starts_with("http://") || s.starts_with("https://"));
            }
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_screenshot_interface() {
        let o = LaunchOptions::parse([
            "--scene",
            "interview_room",
            "--lang",
            "ar",
            "--screenshot",
            "shot.png",
        ])
        .expect("valid");
        assert_eq!(o.scene, Some(Place::InterviewRoom));
        assert_eq!(o.lang, Some(Language::Ar));
        assert_eq!(o.screenshot, Some(PathBuf::from("shot.png")));
        assert!(o.is_automated());
    }

    #[test]
    fn unknown_values_name_the_valid_ones() {
        let err = LaunchOptions::parse(["--scene", "moon"]).expect_err("invalid");
        assert!(
            err.0.contains("job_centre, company, interview_room"),
            "{err}"
        );
        let err = LaunchOptions::parse(["--lang=xx"]).expect_err("invalid");
        assert!(err.0.contains("de, en, ru, tr, ar, sq"), "{err}");
        assert!(LaunchOptions::parse(["--lang"]).is_err());
        assert!(LaunchOptions::parse(["--bench-frames", "-3"]).is_err());
        assert!(LaunchOptions::parse(["--bench-avatars", "0"]).is_err());
        assert!(LaunchOptions::parse(["--open", "nothing"]).is_err());
        assert!(LaunchOptions::parse(["--size", "9x9"]).is_err());
        assert!(LaunchOptions::parse(["--frobnicate"]).is_err());
        assert!(LaunchOptions::parse(["--server", "ftp://x"]).is_err());
        let o = LaunchOptions::parse(["--server=https://beratung.example"]).expect("valid");
        assert_eq!(o.server.as_deref(), Some("https://beratung.example"));
    }

    /// A release build refuses the developer flags, so nothing but a developer's build can
    /// open a panel, play a demo or measure frames from the command line.
    #[test]
    fn developer_flags_need_the_dev_feature() {
        for args in [
            &["--open", "handover"][..],
            &["--bench-frames", "100"][..],
            &["--bench-avatars", "50"][..],
            &["--filter", "x"][..],
        ] {
            let parsed = LaunchOptions::parse(args);
            if cfg!(feature = "dev") {
                assert!(parsed.is_ok(), "{args:?}");
            } else {
                let err = parsed.expect_err("release refuses it");
                assert!(err.0.contains("developer option"), "{err}");
            }
        }
    }
}
