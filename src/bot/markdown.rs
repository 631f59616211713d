//! User text inside a Markdown file (a protocol, a report): every character that Markdown could
//! read as markup is escaped, so nobody's text becomes a heading, a link or HTML.

/// `text` with inline markup escaped everywhere and block markup (headings, quotes, lists) at the
/// start of each line.
pub fn escape(text: &str) -> String {
    text.split('\n').map(escape_line).collect::<Vec<_>>().join("\n")
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let indent = line.len() - line.trim_start().len();
    let digits = line[indent..].chars().take_while(char::is_ascii_digit).count();
    for (index, c) in line.char_indices() {
        let block_start = index == indent && "#>-+=".contains(c);
        let list_number = digits > 0 && index == indent + digits && ".)".contains(c);
        if block_start || list_number || "\\`*_[]<>!|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_become_markdown() {
        assert_eq!(
            escape("# Titel [x](javascript:y) <b>"),
            "\\# Titel \\[x\\](javascript:y) \\<b\\>"
        );
        assert_eq!(escape("12. c\n- d"), "12\\. c\n\\- d");
    }
}
