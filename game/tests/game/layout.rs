//! The game's folders depend on each other in one direction only, so a newcomer can read them
//! from the bottom up and a change low down never needs one higher up (the order is in
//! `game/src/lib.rs`); features use each other without circles; the crates meant to build
//! without Bevy do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::source::{files, rust_code};

/// Every folder of `game/src`, lowest first: each may use only itself and the folders before it.
const ORDER: [&str; 10] = [
    "core",
    "third_party",
    "i18n",
    "net",
    "theme",
    "interact",
    "world",
    "player",
    "features",
    "dev",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its text.
fn rust_files(dir: &Path) -> Vec<(PathBuf, String)> {
    files(dir, "rs")
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("read a source file");
            (path, text)
        })
        .collect()
}

/// The paths the code names after `crate::`, as their segments: `crate::a::b::C` gives
/// `[a, b, C]`, and `crate::{a::b, c}` gives `[a, b]` and `[c]`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let segments = |path: &str| -> Vec<String> {
        path.split("::")
            .map(|s| {
                s.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|s| !s.is_empty())
            .collect()
    };
    let mut paths = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '$')) {
            continue; // `lernwelt_crate::` or `$crate::` belong to someone else
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            paths.extend(group[..end].split(',').map(|p| segments(p.trim())));
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            paths.push(segments(&rest[..end]));
        }
    }
    paths.retain(|p| !p.is_empty());
    paths
}

/// The folder (and for features, the feature) a file of `game/src` belongs to.
fn place_of(path: &Path) -> Option<(String, Option<String>)> {
    let relative = path.strip_prefix(src()).ok()?;
    let mut parts = relative.iter().map(|p| p.to_string_lossy().into_owned());
    let folder = parts.next()?;
    if folder.ends_with(".rs") {
        return None; // lib.rs, main.rs, render.rs assemble the folders
    }
    let feature = (folder == "features")
        .then(|| parts.next())
        .flatten()
        .filter(|f| !f.ends_with(".rs"));
    Some((folder, feature))
}

#[test]
fn every_folder_has_its_place_in_the_order() {
    for entry in std::fs::read_dir(src()).expect("read game/src") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            assert!(
                ORDER.contains(&name.as_str()),
                "game/src/{name} is not in the order of folders (tests/game/layout.rs, lib.rs)"
            );
        }
    }
}

#[test]
fn folders_use_only_themselves_and_the_folders_below_them() {
    let rank = |folder: &str| ORDER.iter().position(|f| *f == folder);
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (path, text) in rust_files(&src()) {
        let Some((folder, _)) = place_of(&path) else {
            continue;
        };
        let own = rank(&folder).expect("every folder is in the order");
        for used in crate_paths(&rust_code(&text)) {
            checked += 1;
            if let Some(other) = rank(&used[0])
                && other > own
            {
                wrong.push(format!(
                    "{} uses crate::{}",
                    path.display(),
                    used.join("::")
                ));
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} paths found: is the scanner broken?"
    );
    assert!(
        wrong.is_empty(),
        "uses of a folder above:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn features_use_each_other_without_a_circle() {
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in rust_files(&src().join("features")) {
        let Some((_, Some(feature))) = place_of(&path) else {
            continue;
        };
        let entry = uses.entry(feature.clone()).or_default();
        for used in crate_paths(&rust_code(&text)) {
            if used[0] == "features"
                && let Some(other) = used.get(1)
                && *other != feature
            {
                entry.insert(other.clone());
            }
        }
    }
    assert!(uses.len() >= 5, "features found: {:?}", uses.keys());
    // Depth-first search for a path that comes back to where it started.
    fn circle(
        at: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == at) {
            let mut found = path[start..].to_vec();
            found.push(at.to_owned());
            return Some(found);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_owned());
        for next in uses.get(at).into_iter().flatten() {
            if let Some(found) = circle(next, uses, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(at.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for feature in uses.keys() {
        let found = circle(feature, &uses, &mut Vec::new(), &mut done);
        assert!(
            found.is_none(),
            "features in a circle: {}",
            found.unwrap_or_default().join(" → ")
        );
    }
}

#[test]
fn the_scanner_finds_paths_and_groups() {
    let code = rust_code(
        "use crate::core::state::Place; // crate::theme in a comment\n\
         let s = \"crate::world\";\n\
         use crate::{i18n::Tr, net};\n\
         lernwelt_crate::x; $crate::y;",
    );
    let found = crate_paths(&code);
    assert_eq!(
        found,
        vec![
            vec!["core".to_owned(), "state".into(), "Place".into()],
            vec!["i18n".to_owned(), "Tr".into()],
            vec!["net".to_owned()],
        ]
    );
}

#[test]
fn the_crates_without_bevy_do_not_depend_on_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("crates")).expect("read crates/") {
        let dir = entry.expect("an entry").path();
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).expect("read a crate's Cargo.toml");
        for line in text.lines() {
            assert!(
                !line.trim_start().starts_with("bevy"),
                "{} depends on Bevy: {line}",
                manifest.display()
            );
        }
        let name = dir.file_name().expect("a name").to_string_lossy();
        seen.insert(format!("crates/{name}"));
    }
    // Every crate checked is a workspace member and every member under crates/ was checked.
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).expect("read Cargo.toml");
    let list = workspace
        .split_once("members = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .expect("the workspace's members")
        .0;
    let members: BTreeSet<String> = list
        .split('"')
        .filter(|s| s.starts_with("crates/"))
        .map(str::to_owned)
        .collect();
    assert!(seen.len() >= 4, "{seen:?}");
    assert_eq!(seen, members);
}
