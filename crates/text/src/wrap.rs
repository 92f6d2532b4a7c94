//! Line breaking for text laid out by hand (the right-to-left text field): which characters
//! go on which display line, and on which line the caret stands.

/// Breaks `text` into display lines at spaces so that each is at most `max_width` wide
/// (`glyph_width` gives one character's width); returns each line's range of char indices.
/// Line breaks in the text end a line; the range of a line never includes its `\n`.
pub fn wrap_ranges(
    text: &str,
    max_width: f32,
    mut glyph_width: impl FnMut(char) -> f32,
) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start <= chars.len() {
        let end = chars[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| start + p);
        let mut line_start = start;
        let mut line_width = 0.0;
        let mut last_break: Option<usize> = None;
        let mut i = start;
        while i < end {
            let c = chars[i];
            let w = glyph_width(c);
            if c != ' ' && line_width + w > max_width && i > line_start {
                let cut = last_break.filter(|b| *b > line_start).unwrap_or(i);
                lines.push((line_start, cut));
                line_start = cut;
                line_width = 0.0;
                last_break = None;
                i = cut;
                continue;
            }
            line_width += w;
            if c == ' ' {
                last_break = Some(i + 1);
            }
            i += 1;
        }
        lines.push((line_start, end));
        start = end + 1;
    }
    lines
}

/// The display line the caret is on: the last line starting at or before it.
pub fn caret_line(lines: &[(usize, usize)], caret: usize) -> usize {
    lines
        .iter()
        .rposition(|(start, _)| *start <= caret)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiline_wraps_at_spaces_and_keeps_line_breaks() {
        // Every character 1 wide, 10 fit on a line.
        let lines = wrap_ranges("Hallo liebe Welt\nzwei", 10.0, |_| 1.0);
        assert_eq!(lines, vec![(0, 6), (6, 16), (17, 21)]);
        assert_eq!(wrap_ranges("", 10.0, |_| 1.0), vec![(0, 0)]);
        assert_eq!(wrap_ranges("a\n", 10.0, |_| 1.0), vec![(0, 1), (2, 2)]);
        // A word longer than a line is cut where it overflows.
        assert_eq!(
            wrap_ranges("abcdefghijkl", 5.0, |_| 1.0),
            vec![(0, 5), (5, 10), (10, 12)]
        );
        assert_eq!(caret_line(&lines, 6), 1);
        assert_eq!(caret_line(&lines, 16), 1);
        assert_eq!(caret_line(&lines, 17), 2);
    }
}
