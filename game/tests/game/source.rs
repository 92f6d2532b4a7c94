//! Reading the game's own Rust source in tests: the string and character literals it holds,
//! which is what the code can show (glyph coverage) and which keys it asks for (keys), and the
//! code without them, which says what a module uses (layout).

use std::path::{Path, PathBuf};

/// The files under `dir` (and its folders) whose names end in `.ext`, sorted.
pub fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no .{ext} files under {dir:?}");
    out
}

/// The workspace's root folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The Rust source the game is built from, `(path from the workspace, text)`: `game/src` and
/// the crates without Bevy (`crates/*/src`).
pub fn game_sources() -> Vec<(String, String)> {
    let root = workspace();
    let mut roots = vec![root.join("game/src")];
    for entry in std::fs::read_dir(root.join("crates")).expect("read crates/") {
        roots.push(entry.expect("an entry").path().join("src"));
    }
    let mut out = Vec::new();
    for dir in roots {
        for path in files(&dir, "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            out.push((name, text));
        }
    }
    out.sort();
    out
}

/// The string and character literals of Rust source (comments and code left out): what the
/// code can draw.
pub fn rust_literals(source: &str) -> Vec<String> {
    scan(source).1
}

/// Rust source without its comments and literals (each replaced by a space): what it uses.
pub fn rust_code(source: &str) -> String {
    scan(source).0
}

/// Splits Rust source into its code and its literals. Knows `//` and nested `/* */` comments,
/// escapes, raw strings and lifetimes.
fn scan(source: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = source.chars().collect();
    let mut literals = Vec::new();
    let mut code = String::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            code.push(' ');
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            code.push(' ');
        } else if c == 'r' && matches!(at(i + 1), '"' | '#') {
            // r"…" or r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
                code.push(c);
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut end = start;
            loop {
                if end >= chars.len() {
                    break;
                }
                if chars[end] == '"' && (0..hashes).all(|k| at(end + 1 + k) == '#') {
                    break;
                }
                end += 1;
            }
            literals.push(chars[start..end.min(chars.len())].iter().collect());
            code.push(' ');
            i = end + 1 + hashes;
        } else if c == '"' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    // An escape is ASCII in the source (\n, \u{…}): leave it out.
                    i += 2;
                } else {
                    text.push(chars[i]);
                    i += 1;
                }
            }
            literals.push(text);
            code.push(' ');
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', 'ـ') or a lifetime ('a, 'static).
            if at(i + 1) == '\\' {
                // '\n', '\'', '\u{2190}': the closing quote comes after the escape.
                let mut j = i + 3;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
                code.push(' ');
            } else if at(i + 2) == '\'' {
                literals.push(at(i + 1).to_string());
                code.push(' ');
                i += 3;
            } else {
                code.push(c);
                i += 1;
            }
        } else {
            code.push(c);
            i += 1;
        }
    }
    (code, literals)
}
