//! The admin commands as an admin runs them: the `lernwelt-server` binary with a subcommand, on
//! a SQLite database in a temporary data directory. (The same commands on both backends are in
//! `counselling.rs`.)

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::process::{Command, Output};

fn server(data_dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lernwelt-server"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("LERNWELT_DATABASE_URL")
        .env_remove("RUST_LOG")
        .output()
        .expect("run lernwelt-server")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn counsellor_add_list_disable_on_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");

    let added = server(
        &data,
        &[
            "counsellor",
            "add",
            "--name",
            "Frau_Yilmaz",
            "--languages",
            "tr,de",
        ],
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let stdout = text(&added.stdout);
    assert!(
        stdout.contains("Counsellor Frau_Yilmaz added (languages: tr,de)"),
        "{stdout}"
    );
    let uri = stdout
        .lines()
        .find(|l| l.starts_with("otpauth://totp/Lernwelt:Frau_Yilmaz?secret="))
        .expect("enrolment URI");
    let password = stdout
        .lines()
        .skip_while(|l| !l.starts_with("One-time password"))
        .nth(1)
        .expect("password");
    assert_eq!(password.len(), 20);
    let stderr = text(&added.stderr);
    assert!(
        !stderr.contains(password) && !stderr.contains(uri),
        "{stderr}"
    );
    assert!(data.join("lernwelt.sqlite3").exists());

    let again = server(
        &data,
        &[
            "counsellor",
            "add",
            "--name",
            "frau_yilmaz",
            "--languages",
            "de",
        ],
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("exists already"));

    let bad = server(
        &data,
        &["counsellor", "add", "--name", "x", "--languages", "fr"],
    );
    assert!(!bad.status.success());
    assert!(bad.stdout.is_empty());

    let list = server(&data, &["counsellor", "list"]);
    assert!(list.status.success());
    let listed = text(&list.stdout);
    assert!(
        listed.contains("Frau_Yilmaz") && listed.contains("tr,de"),
        "{listed}"
    );
    assert!(listed.contains("active"));
    assert!(!listed.contains(password) && !listed.contains("otpauth"));

    let disabled = server(&data, &["counsellor", "disable", "--name", "FRAU_YILMAZ"]);
    assert!(disabled.status.success(), "{}", text(&disabled.stderr));
    let listed = text(&server(&data, &["counsellor", "list"]).stdout);
    assert!(listed.contains("disabled"), "{listed}");
    let unknown = server(&data, &["counsellor", "disable", "--name", "niemand"]);
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("no counsellor named niemand"));
}
