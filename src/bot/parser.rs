//! Turns a message body into a command: `!name args`, a DM without `!`, or "Lotse: name args".

use super::commands::{self, Command};
use regex::Regex;
use std::sync::OnceLock;

/// What a message asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    /// A known command with the rest of the message as its arguments (trimmed).
    Command { spec: &'static Command, args: String },
    /// Looks like a command, but the name is unknown.
    Unknown {
        word: String,
        suggestion: Option<&'static Command>,
    },
    /// Ordinary conversation, not meant for the bot.
    NotCommand,
}

/// Where the message was written and how it addressed the bot.
#[derive(Debug, Clone, Copy)]
pub struct Addressing<'a> {
    pub is_direct: bool,
    pub mentions_bot: bool,
    /// Names the bot answers to ("Lotse"), plus its user id and localpart.
    pub names: &'a [String],
}

fn first_word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(\S+)\s*(?s)(.*)$").expect("static regex"))
}

/// Removes a leading "Lotse:", "@lotse:server," or similar; returns the rest if one was found.
fn strip_address<'b>(body: &'b str, names: &[String], loose: bool) -> Option<&'b str> {
    let lower = body.to_lowercase();
    for name in names {
        let name_lower = name.to_lowercase();
        for prefix in [name_lower.clone(), format!("@{name_lower}")] {
            if lower.starts_with(&prefix) && body.is_char_boundary(prefix.len()) {
                let rest = &body[prefix.len()..];
                let trimmed = rest.trim_start_matches([':', ',']);
                // "Lotse ist super" talks about the bot; only "Lotse: …" or "Lotse, …" address it,
                // unless the message is a DM or mentions the bot anyway (`loose`).
                if trimmed.len() != rest.len() || (loose && rest.starts_with(char::is_whitespace)) {
                    return Some(trimmed.trim_start());
                }
            }
        }
    }
    None
}

pub fn parse(body: &str, addressing: Addressing<'_>) -> Parsed {
    let body = body.trim();
    let loose = addressing.is_direct || addressing.mentions_bot;
    let addressed = strip_address(body, addressing.names, loose);
    let text = addressed.unwrap_or(body);
    let (explicit, text) = match text.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !explicit && addressed.is_none() && !addressing.is_direct && !addressing.mentions_bot {
        return Parsed::NotCommand;
    }
    let Some(captures) = first_word_regex().captures(text) else {
        return if explicit || addressed.is_some() {
            Parsed::Unknown {
                word: String::new(),
                suggestion: None,
            }
        } else {
            Parsed::NotCommand
        };
    };
    let word = captures.get(1).map_or("", |m| m.as_str());
    let args = captures.get(2).map_or("", |m| m.as_str()).trim().to_string();
    match commands::lookup(word) {
        Some(spec) => Parsed::Command { spec, args },
        None => Parsed::Unknown {
            word: word.chars().take(40).collect(),
            suggestion: commands::closest(word),
        },
    }
}

/// Parses a record reference like `#12` at the start of `args`; returns the number and the rest.
pub fn record_ref(args: &str) -> Result<(i64, &str), RefError> {
    let args = args.trim_start();
    let Some(rest) = args.strip_prefix('#') else {
        return Err(RefError::Missing);
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Err(RefError::Invalid);
    }
    let after = &rest[digits.len()..];
    if after.chars().next().is_some_and(|c| !c.is_whitespace() && c != ':') {
        return Err(RefError::Invalid);
    }
    let number: i64 = digits.parse().map_err(|_| RefError::Invalid)?;
    if number < 1 {
        return Err(RefError::Invalid);
    }
    Ok((number, after.trim_start_matches(':').trim()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefError {
    /// No `#N` was given.
    Missing,
    /// Something like `#0`, `#-1`, `#abc` or a number too large.
    Invalid,
}

/// Lower case with umlauts and ß spelled out, so `Bürger` and `buerger` meet.
pub fn fold_word(word: &str) -> String {
    word.trim()
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
}
