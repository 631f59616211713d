//! Who a command means when it names a person: a user id (`@anna:stadt.example`), a mention
//! (Element's pill, which puts the display name into the text and the user id into the event's
//! mentions), or the display name of exactly one member of the room. The transport tells the
//! room's members through a `Directory`.

use super::context::Ctx;
use crate::config::is_user_id;
use std::future::Future;
use std::pin::Pin;

/// A member of a room as the transport knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: String,
    pub display_name: Option<String>,
}

pub type MembersFuture<'a> = Pin<Box<dyn Future<Output = Vec<Member>> + Send + 'a>>;

/// The rooms' members, from the transport. Without one (tests, the command line) only user ids
/// name people.
pub trait Directory: Send + Sync + std::fmt::Debug {
    /// The joined and invited members of `room_id`; empty if the room is unknown.
    fn members<'a>(&'a self, room_id: &'a str) -> MembersFuture<'a>;
}

/// A directory that knows nobody.
#[derive(Debug, Default)]
pub struct NoDirectory;

impl Directory for NoDirectory {
    fn members<'a>(&'a self, _room_id: &'a str) -> MembersFuture<'a> {
        Box::pin(async { Vec::new() })
    }
}

/// What the start of a command's text names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    /// This user; `rest` is the text after the name.
    Found { user_id: String, rest: String },
    /// Several members carry `name`; the command should ask which one.
    Ambiguous { name: String, candidates: Vec<String> },
    /// The first word names nobody known.
    Unknown { word: String },
    /// Nothing was given.
    Missing,
}

/// Display names are at most this many words long, as far as matching goes.
const MAX_NAME_WORDS: usize = 6;

/// The person `text` starts with. A user id counts as written; otherwise the longest run of
/// words that is a member's display name (case and spacing aside). Among members with that name
/// the one the message mentions wins if it is the only one of them mentioned; otherwise the name
/// must be unique in the room. A comma ends a name ("Anna Schmidt, Ben Beispiel") unless the
/// display name itself holds it ("Schmidt, Anna").
pub async fn leading(ctx: &mut Ctx<'_>, text: &str) -> Person {
    let text = text.trim();
    let Some(first) = text.split_whitespace().next() else {
        return Person::Missing;
    };
    if is_user_id(first.trim_end_matches(',')) {
        if first.trim_end_matches(',') == ctx.settings.bot_user_id {
            return Person::Unknown {
                word: first.trim_end_matches(',').to_string(),
            };
        }
        return resolve(text, &[], &[]);
    }
    let members = members_of_the_room(ctx).await;
    resolve(text, &members, ctx.inbound.mentions())
}

/// The room's members other than the bot (which a command never means).
async fn members_of_the_room(ctx: &mut Ctx<'_>) -> Vec<Member> {
    let mut members = ctx.directory.members(&ctx.inbound.room_id).await;
    members.retain(|m| m.user_id != ctx.settings.bot_user_id);
    members
}

/// Every person `text` names, in order, each once: user ids, mentions and display names,
/// separated by spaces or commas. Words that name nobody come back in `unknown`, names that
/// several members carry in `ambiguous`.
pub async fn all(ctx: &mut Ctx<'_>, text: &str) -> People {
    let members = members_of_the_room(ctx).await;
    let mut people = People::default();
    let mut rest = text.to_string();
    loop {
        let found = match resolve(&rest, &members, ctx.inbound.mentions()) {
            Person::Missing => return people,
            Person::Found { user_id, rest: after } => {
                if !people.found.contains(&user_id) {
                    people.found.push(user_id);
                }
                rest = after
                    .trim_start_matches(|c: char| c == ',' || c.is_whitespace())
                    .to_string();
                continue;
            }
            Person::Ambiguous { name, candidates } => {
                people.ambiguous.push((name.clone(), candidates));
                name
            }
            Person::Unknown { word } => {
                people.unknown.push(word.chars().take(60).collect());
                word
            }
        };
        rest = skip_words(&rest, found.split_whitespace().count())
            .trim_start_matches(|c: char| c == ',' || c.is_whitespace())
            .to_string();
    }
}

/// The result of `all`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct People {
    pub found: Vec<String>,
    pub unknown: Vec<String>,
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// The one person `text` names, all of it: "Anna Schmidt" never means a member called "Anna".
/// Otherwise replies why not (nobody of that name, or which of several) and returns None.
pub async fn one(ctx: &mut Ctx<'_>, text: &str) -> Option<String> {
    match leading(ctx, text).await {
        Person::Found { user_id, rest } if rest.is_empty() => Some(user_id),
        Person::Found { .. } | Person::Unknown { .. } => {
            unknown(ctx, text);
            None
        }
        other => {
            explain(ctx, &other);
            None
        }
    }
}

/// Replies what is wrong with a person that was not found.
pub fn explain(ctx: &mut Ctx<'_>, person: &Person) {
    match person {
        Person::Found { .. } => {}
        Person::Ambiguous { name, candidates } => ask_which(ctx, name, candidates),
        Person::Unknown { word } => unknown(ctx, word),
        Person::Missing => ctx.reply("person-missing", &[]),
    }
}

/// Replies that `name` fits several members and how to say which one is meant.
pub fn ask_which(ctx: &mut Ctx<'_>, name: &str, candidates: &[String]) {
    ctx.reply(
        "person-ambiguous",
        &[("name", name.into()), ("candidates", candidates.join(", ").into())],
    );
}

fn unknown(ctx: &mut Ctx<'_>, text: &str) {
    let shown: String = text.trim().chars().take(60).collect();
    // In a direct chat no one but the person and the bot is a member: only a Matrix ID helps.
    let place = if ctx.inbound.is_direct { "direct" } else { "room" };
    ctx.reply("person-unknown", &[("value", shown.into()), ("place", place.into())]);
}

fn resolve(text: &str, members: &[Member], mentioned: &[String]) -> Person {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Person::Missing;
    };
    let first_id = first.trim_end_matches(',');
    if is_user_id(first_id) {
        return Person::Found {
            user_id: first_id.to_string(),
            rest: skip_words(text, 1),
        };
    }
    for length in (1..=words.len().min(MAX_NAME_WORDS)).rev() {
        // "@Anna Schmidt": some clients keep the @ of the autocompletion in the text.
        let name = words[..length].join(" ");
        let name = name.trim_end_matches(',');
        let wanted = fold(name.trim_start_matches('@'));
        if wanted.is_empty() {
            continue;
        }
        let named: Vec<&Member> = members
            .iter()
            .filter(|m| m.display_name.as_deref().is_some_and(|d| fold(d) == wanted))
            .collect();
        let chosen = match named.as_slice() {
            [] => continue,
            [one] => Some(*one),
            several => {
                let pilled: Vec<&Member> = several
                    .iter()
                    .copied()
                    .filter(|m| mentioned.contains(&m.user_id))
                    .collect();
                // Two pills for two namesakes, or a reply's mention of the quoted author: ask.
                match pilled.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            }
        };
        return match chosen {
            Some(member) => Person::Found {
                user_id: member.user_id.clone(),
                rest: skip_words(text, length),
            },
            None => Person::Ambiguous {
                name: name.to_string(),
                candidates: named.iter().map(|m| m.user_id.clone()).collect(),
            },
        };
    }
    Person::Unknown {
        word: first.trim_end_matches(',').to_string(),
    }
}

/// Display names compare without case and with single spaces.
fn fold(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// `text` without its first `count` words.
fn skip_words(text: &str, count: usize) -> String {
    let mut rest = text.trim_start();
    for _ in 0..count {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        rest = rest[end..].trim_start();
    }
    rest.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str, name: &str) -> Member {
        Member {
            user_id: id.into(),
            display_name: Some(name.into()),
        }
    }

    fn room() -> Vec<Member> {
        vec![
            member("@anna:stadt.example", "Anna Schmidt"),
            member("@a.schmidt:stadt.example", "Anna Schmidt"),
            member("@bernd:stadt.example", "Bernd Meier"),
            member("@carla:stadt.example", "Carla"),
            Member {
                user_id: "@dora:stadt.example".into(),
                display_name: None,
            },
        ]
    }

    fn found(id: &str, rest: &str) -> Person {
        Person::Found {
            user_id: id.into(),
            rest: rest.into(),
        }
    }

    #[test]
    fn a_user_id_counts_as_written() {
        assert_eq!(
            resolve("@dora:stadt.example promotor Bauamt", &room(), &[]),
            found("@dora:stadt.example", "promotor Bauamt")
        );
    }

    #[test]
    fn a_unique_display_name_names_its_member_whatever_the_case() {
        assert_eq!(
            resolve("bernd  MEIER promotor Bauamt", &room(), &[]),
            found("@bernd:stadt.example", "promotor Bauamt")
        );
        assert_eq!(resolve("@Carla", &room(), &[]), found("@carla:stadt.example", ""));
    }

    #[test]
    fn a_shared_display_name_needs_a_mention() {
        assert_eq!(
            resolve("Anna Schmidt", &room(), &[]),
            Person::Ambiguous {
                name: "Anna Schmidt".into(),
                candidates: vec!["@anna:stadt.example".into(), "@a.schmidt:stadt.example".into()],
            }
        );
        let pill = ["@a.schmidt:stadt.example".to_string()];
        assert_eq!(
            resolve("Anna Schmidt entfernen", &room(), &pill),
            found("@a.schmidt:stadt.example", "entfernen")
        );
    }

    #[test]
    fn two_pills_for_namesakes_are_asked_about() {
        let both = [
            "@anna:stadt.example".to_string(),
            "@a.schmidt:stadt.example".to_string(),
        ];
        assert!(matches!(
            resolve("Anna Schmidt", &room(), &both),
            Person::Ambiguous { .. }
        ));
    }

    #[test]
    fn a_comma_ends_a_name_unless_the_display_name_holds_it() {
        let mut members = room();
        members.push(member("@eva:stadt.example", "Schmidt, Eva"));
        assert_eq!(resolve("Schmidt, Eva", &members, &[]), found("@eva:stadt.example", ""));
        assert_eq!(
            resolve("Bernd Meier, Carla", &members, &[]),
            found("@bernd:stadt.example", "Carla")
        );
        assert_eq!(
            resolve("@dora:stadt.example, Carla", &members, &[]),
            found("@dora:stadt.example", "Carla")
        );
    }

    #[test]
    fn unknown_names_and_empty_text() {
        assert_eq!(
            resolve("Frau Müller", &room(), &[]),
            Person::Unknown { word: "Frau".into() }
        );
        assert_eq!(resolve("   ", &room(), &[]), Person::Missing);
    }

    #[test]
    fn words_are_skipped_whole() {
        assert_eq!(skip_words("  Anna   Schmidt  promotor  ", 2), "promotor");
        assert_eq!(skip_words("Carla", 1), "");
        assert_eq!(skip_words("Carla", 3), "");
    }
}
