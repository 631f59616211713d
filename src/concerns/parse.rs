//! Reads a concern written in one message: `[anonym] [#Idee[:]] [Kategorie:] Text`, the prefixes
//! in any order; pure, so the handler knows about anonymity before it answers anything.

use super::categories::{self, Category};
use crate::bot::parser::record_ref;

/// What a `!bedenken` message says.
#[derive(Debug, Default, PartialEq)]
pub struct Draft {
    pub anonymous: bool,
    /// The `#N` given, and whether a colon followed it (`#12:` is about idea #12, `#12` alone
    /// shows concern #12).
    pub reference: Option<(i64, bool)>,
    /// A `#…` that is no valid number.
    pub bad_reference: bool,
    pub category: Option<&'static Category>,
    /// A single word before a colon that is no category (`Wetter: …`); the text keeps it.
    pub unknown_category: Option<String>,
    pub text: String,
}

/// Words that ask for anonymity.
const ANONYMOUS: &[&str] = &["anonym", "anonyme", "anonymes", "anonymous", "anonymously"];

/// The first word of `text` and the trimmed rest.
pub fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    match text.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (text, ""),
    }
}

pub fn draft(args: &str) -> Draft {
    let mut draft = Draft::default();
    let mut rest = args.trim();
    // Each prefix at most once; three rounds are enough for all three.
    for _ in 0..3 {
        if !draft.anonymous
            && let Some(after) = strip_anonymous(rest)
        {
            draft.anonymous = true;
            rest = after;
            continue;
        }
        if draft.reference.is_none() && rest.starts_with('#') {
            match record_ref(rest) {
                Ok((id, after)) => {
                    let colon = rest[1..]
                        .trim_start_matches(|c: char| c.is_ascii_digit())
                        .starts_with(':');
                    draft.reference = Some((id, colon));
                    rest = after;
                    continue;
                }
                Err(_) => {
                    draft.bad_reference = true;
                    return draft;
                }
            }
        }
        if draft.category.is_none()
            && let Some((category, after)) = category_prefix(rest)
        {
            draft.category = Some(category);
            rest = after;
            continue;
        }
        break;
    }
    if draft.category.is_none() {
        draft.unknown_category = unknown_prefix(rest);
    }
    draft.text = rest.to_string();
    draft
}

/// `rest` without a leading "anonym" (with or without colon), if it starts with one.
fn strip_anonymous(rest: &str) -> Option<&str> {
    let (word, after) = split_word(rest);
    let word = word.trim_end_matches([':', ',', '.', ';']).to_lowercase();
    ANONYMOUS.contains(&word.as_str()).then_some(after)
}

/// A category before a colon (`Datenschutz: …`, `4: …`), or a category and nothing else.
pub fn category_prefix(rest: &str) -> Option<(&'static Category, &str)> {
    if let Some((prefix, after)) = rest.split_once(':')
        && let Some(category) = categories::parse(prefix)
    {
        return Some((category, after.trim()));
    }
    if !rest.contains(':') {
        return categories::parse(rest).map(|category| (category, ""));
    }
    None
}

/// A single word before a colon that looks meant as a category but is none.
pub fn unknown_prefix(rest: &str) -> Option<String> {
    let (prefix, after) = rest.split_once(':')?;
    let prefix = prefix.trim();
    let looks_like_a_word = !prefix.is_empty()
        && prefix.chars().count() <= 30
        && prefix
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '_'))
        && prefix.chars().any(char::is_alphabetic);
    // "https://…" is a link, not a category.
    (looks_like_a_word && !after.starts_with("//")).then(|| prefix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(d: &Draft) -> Option<&'static str> {
        d.category.map(|c| c.key)
    }

    #[test]
    fn prefixes_in_any_order() {
        let d = draft("Wer haftet, wenn die KI irrt?");
        assert_eq!((d.anonymous, d.reference, key(&d)), (false, None, None));
        assert_eq!(d.text, "Wer haftet, wenn die KI irrt?");

        let d = draft("datenschutz: Werden Chats gespeichert?");
        assert_eq!(key(&d), Some("datenschutz"));
        assert_eq!(d.text, "Werden Chats gespeichert?");

        let d = draft("anonym #12 Fehler der KI: falsche Bescheide");
        assert!(d.anonymous);
        assert_eq!(d.reference, Some((12, false)));
        assert_eq!(key(&d), Some("fehler_ki"));
        assert_eq!(d.text, "falsche Bescheide");

        let d = draft("#12: Text");
        assert_eq!(d.reference, Some((12, true)));
        let d = draft("#12");
        assert_eq!((d.reference, d.text.as_str()), (Some((12, false)), ""));
        let d = draft("4: Text");
        assert_eq!(key(&d), Some("datenschutz"));
        let d = draft("Datenschutz");
        assert_eq!((key(&d), d.text.as_str()), (Some("datenschutz"), ""));
        let d = draft("Anonym: Datenschutz: Text");
        assert!(d.anonymous);
        assert_eq!((key(&d), d.text.as_str()), (Some("datenschutz"), "Text"));
        let d = draft("datenschutz: anonym Text");
        assert!(d.anonymous);
    }

    #[test]
    fn unknown_words_and_bad_references() {
        let d = draft("Wetter: zu heiß");
        assert_eq!(d.unknown_category.as_deref(), Some("Wetter"));
        assert_eq!(d.text, "Wetter: zu heiß");
        assert_eq!(draft("siehe https://example.org: dort").unknown_category, None);
        assert_eq!(draft("https://example.org").unknown_category, None);
        assert_eq!(draft("Um 10: Uhr").unknown_category, None);
        assert_eq!(draft("10:30 Uhr").unknown_category, None);
        assert!(draft("#abc Text").bad_reference);
        assert!(draft("#0").bad_reference);
    }
}
