//! Reading the game's own Rust source in tests: the string and character literals it holds,
//! which is what the code can show (glyph coverage) and which keys it asks for (keys).

/// The string and character literals of Rust source (comments and code left out): what the
/// code can draw. Knows `//` and nested `/* */` comments, escapes, raw strings and lifetimes.
pub fn rust_literals(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut literals = Vec::new();
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
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
        } else if c == 'r' && matches!(at(i + 1), '"' | '#') {
            // r"…" or r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
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
            } else if at(i + 2) == '\'' {
                literals.push(at(i + 1).to_string());
                i += 3;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    literals
}
