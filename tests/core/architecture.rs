//! The shape of the code (README, "How Lotse is built"): the core names no capability, only
//! `src/matrix/` knows Matrix, every capability is registered once, names are unique, every help
//! text exists in both languages, no dialog falls silent, and a redaction leaves no copy of the
//! text it took away. Text checks over `src/`, then checks of the running registry.

use crate::corekit::{self, ROOM, TEAM, TestBot, backends};
use lotse::bot::commands;
use lotse::bot::i18n::{Lang, t};
use lotse::bot::registry;
use lotse::bot::types::InboundKind;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// The folders and files of the core; every other folder under `src/` but `matrix` and `bin` is
/// a capability.
const CORE: &[&str] = &["bot", "store", "reminders", "config", "service", "clock.rs"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// The capability folders: every folder under `src/` that is neither core nor transport.
fn capability_folders() -> Vec<String> {
    let mut folders: Vec<String> = std::fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| !CORE.contains(&name.as_str()) && name != "matrix" && name != "bin")
        .collect();
    folders.sort();
    folders
}

/// The source of every file under `part` (a folder or file of `src/`), without comments, so that
/// a doc comment that explains a name does not count as using it.
fn code_of(part: &str) -> Vec<(PathBuf, String)> {
    let mut files = vec![];
    rust_files(&src().join(part), &mut files);
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            let code: String = text
                .lines()
                .map(|line| match line.find("//") {
                    Some(at) => &line[..at],
                    None => line,
                })
                .collect::<Vec<_>>()
                .join("\n");
            (file, code)
        })
        .collect()
}

/// The capabilities `code` refers to by path, with what follows the name: `crate::ideas…`,
/// `lotse::ideas…`, `super::super::ideas…` and the names inside `use crate::{ideas, team::…}`.
fn references<'a>(code: &'a str, folders: &'a [String]) -> Vec<(&'a str, &'a str)> {
    let mut found = vec![];
    let group = regex::Regex::new(r"(?:crate|lotse)::\{").unwrap();
    for folder in folders {
        let mut needles: Vec<String> = ["crate::", "lotse::", "super::super::"]
            .iter()
            .map(|prefix| format!("{prefix}{folder}"))
            .collect();
        needles.dedup();
        for needle in &needles {
            let mut rest = code;
            while let Some(at) = rest.find(needle.as_str()) {
                let after = &rest[at + needle.len()..];
                if !after.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    found.push((folder.as_str(), after));
                }
                rest = after;
            }
        }
        let in_group = regex::Regex::new(&format!(r"(?:^|[{{,\s]){folder}\b")).unwrap();
        for start in group.find_iter(code) {
            let inside = &code[start.end()..];
            let inside = &inside[..inside.find(';').unwrap_or(inside.len())];
            for hit in in_group.find_iter(inside) {
                found.push((folder.as_str(), &inside[hit.end()..]));
            }
        }
    }
    found
}

#[test]
fn the_reference_finder_sees_every_way_of_naming_a_module() {
    let folders = vec!["ideas".to_string(), "team".to_string()];
    for code in [
        "use crate::ideas::api::Status;",
        "let x = lotse::ideas::CAPABILITY;",
        "use super::super::ideas;",
        "use crate::{bot, ideas};",
        "use crate::{\n    bot::x,\n    ideas::queries,\n};",
    ] {
        assert!(
            references(code, &folders).iter().any(|(f, _)| *f == "ideas"),
            "{code:?}"
        );
    }
    for code in [
        "use crate::ideasx;",
        "// ideas",
        "let ideas = 1;",
        "use crate::{bot, teams};",
    ] {
        assert!(references(code, &folders).is_empty(), "{code:?}");
    }
}

#[test]
fn every_entry_of_src_is_core_transport_or_a_capability() {
    let folders = capability_folders();
    for entry in std::fs::read_dir(src()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let known = CORE.contains(&name.as_str())
            || folders.contains(&name)
            || ["matrix", "bin", "lib.rs", "main.rs"].contains(&name.as_str());
        assert!(known, "src/{name} is neither core, transport nor a capability folder");
    }
}

#[test]
fn the_core_names_no_capability() {
    let folders = capability_folders();
    assert!(folders.len() >= 6, "capability folders found: {folders:?}");
    let mut offences = vec![];
    for part in CORE {
        for (file, code) in code_of(part) {
            for (capability, _) in references(&code, &folders) {
                offences.push(format!("{} names {capability}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

#[test]
fn only_the_transport_knows_matrix_and_it_names_no_capability() {
    let folders = capability_folders();
    let mut offences = vec![];
    let mut parts: Vec<&str> = CORE.to_vec();
    parts.extend(folders.iter().map(String::as_str));
    parts.extend(["lib.rs", "main.rs", "bin"]);
    let matrix_crates = regex::Regex::new(r"\b(matrix_sdk\w*|ruma\w*)\b").unwrap();
    for part in parts {
        for (file, code) in code_of(part) {
            for hit in matrix_crates.find_iter(&code) {
                offences.push(format!("{} names {}", file.display(), hit.as_str()));
            }
        }
    }
    for (file, code) in code_of("matrix") {
        for (capability, _) in references(&code, &folders) {
            offences.push(format!("{} names {capability}", file.display()));
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

/// A capability may use another only through the other's `api` module, and only where listed
/// here: the strategy team assesses ideas, the inventory and the ethics check know their statuses.
/// Everything else goes through the registry's hooks.
const ALLOWED_DEPENDENCIES: &[(&str, &str)] = &[("team", "ideas"), ("inventory", "ideas"), ("ethics", "ideas")];

#[test]
fn capabilities_use_each_other_only_through_an_api_and_without_cycles() {
    let folders = capability_folders();
    let mut edges = BTreeSet::new();
    let mut offences = vec![];
    for folder in &folders {
        for (file, code) in code_of(folder) {
            for (other, after) in references(&code, &folders) {
                if other == folder {
                    continue;
                }
                let through_api = after
                    .strip_prefix("::api")
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'));
                if !through_api {
                    offences.push(format!(
                        "{} uses {other}{}",
                        file.display(),
                        &after[..after.len().min(30)]
                    ));
                }
                edges.insert((folder.clone(), other.to_string()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "only another capability's api may be used: {offences:#?}"
    );
    let allowed: BTreeSet<(String, String)> = ALLOWED_DEPENDENCIES
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(edges, allowed, "dependencies between capabilities");
    for (from, to) in &edges {
        assert!(
            !edges.contains(&(to.clone(), from.clone())),
            "{from} and {to} depend on each other"
        );
    }
}

#[test]
fn every_capability_folder_is_registered_exactly_once() {
    let list = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    for folder in capability_folders() {
        for line in [format!("&{folder}::CAPABILITY,"), format!("pub mod {folder};")] {
            assert_eq!(list.matches(&line).count(), 1, "{line} stands once in src/lib.rs");
        }
        let declared = code_of(&folder)
            .iter()
            .any(|(_, code)| code.contains("pub const CAPABILITY: Capability"));
        assert!(declared, "{folder} declares its CAPABILITY");
    }
    let registered = list.matches("::CAPABILITY,").count();
    assert_eq!(
        registered,
        registry::all().len(),
        "every line of the list is registered"
    );
    assert_eq!(
        registered,
        capability_folders().len() + 1,
        "the folders and the core's own"
    );
}

fn assert_unique<'a>(what: &str, names: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    let mut twice = BTreeSet::new();
    for name in names {
        if !seen.insert(name) {
            twice.insert(name);
        }
    }
    assert!(twice.is_empty(), "{what} used twice: {twice:?}");
}

#[test]
fn names_are_unique_across_capabilities() {
    assert_unique("capability name", registry::all().iter().map(|c| c.name));
    assert_unique(
        "command name or alias",
        commands::all()
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied())),
    );
    assert_unique(
        "help topic or alias",
        commands::topics().flat_map(|t| std::iter::once(t.name).chain(t.aliases.iter().copied())),
    );
    assert_unique(
        "reminder kind",
        registry::all().iter().flat_map(|c| c.reminders.iter().map(|k| k.kind)),
    );
    assert_unique(
        "configuration section",
        ["matrix", "access", "database", "bot", "metrics"].into_iter().chain(
            registry::all()
                .iter()
                .filter_map(|c| c.settings.as_ref().map(|s| s.name)),
        ),
    );
    assert_unique(
        "record kind",
        registry::all()
            .iter()
            .filter_map(|c| c.records.as_ref().map(|r| r.kind)),
    );
    for command in commands::all() {
        assert!(
            commands::topics().any(|t| t.name == command.topic),
            "!{} is listed under a topic that exists",
            command.name
        );
    }
}

#[test]
fn every_help_text_exists_in_both_languages() {
    let mut missing = vec![];
    for lang in [Lang::De, Lang::En] {
        let mut ids: Vec<String> = commands::all().iter().map(|c| c.help_key.to_string()).collect();
        for topic in commands::topics() {
            ids.push(topic.heading.to_string());
            ids.push(format!("{}-details", topic.heading));
        }
        for id in ids {
            if t(lang, &id, &[]) == id {
                missing.push(format!("{id} ({lang:?})"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn every_capability_declares_its_prompts_in_both_languages() {
    for capability in registry::all() {
        let languages: BTreeSet<&str> = capability.prompts.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(
            languages,
            BTreeSet::from(["de", "en"]),
            "{} has prompts in German and English",
            capability.name
        );
    }
}

/// How a test opens each capability's dialog: who says what, where. A capability that gains a
/// dialog must be added here, or the test below fails.
async fn open_dialog(t: &TestBot, capability: &str) -> (String, String, bool) {
    const ANNA: &str = "@anna:example.org";
    let dm_room = "!dm-anna-example.org:example.org".to_string();
    match capability {
        "ideas" => {
            t.dm(ANNA, "idee").await;
            (ANNA.into(), dm_room, true)
        }
        "team" => {
            t.say(ANNA, "!idee Formulare vorausfüllen").await;
            t.say(TEAM, "!bewerte #1").await;
            (TEAM.into(), ROOM.into(), false)
        }
        "roundtables" => {
            t.say_in(TEAM, ROOM, false, "!rundtisch start Erste Runde").await;
            t.say_in(TEAM, "!other:example.org", false, "!rundtisch start Zweite Runde")
                .await;
            t.dm(ANNA, "!feedback Mehr Schulungen, bitte").await;
            (ANNA.into(), dm_room, true)
        }
        "concerns" => {
            t.dm(ANNA, "!bedenken").await;
            (ANNA.into(), dm_room, true)
        }
        "trainings" => {
            t.say(TEAM, "!schulung neu").await;
            (TEAM.into(), ROOM.into(), false)
        }
        "inventory" => {
            t.say(TEAM, "!ki-tool neu").await;
            (TEAM.into(), ROOM.into(), false)
        }
        "ethics" => {
            t.say(ANNA, "!idee Chatbot").await;
            t.say(TEAM, "!ethik #1 vorprüfung").await;
            (TEAM.into(), ROOM.into(), false)
        }
        "privacy" => {
            t.dm(ANNA, "!vergiss-mich").await;
            (ANNA.into(), dm_room, true)
        }
        other => panic!("the architecture test does not know how to open the dialog of {other}"),
    }
}

async fn dialog_owner(t: &TestBot, user: &str, room: &str) -> Option<String> {
    sqlx::query_as::<_, (String,)>("SELECT capability FROM dialogs WHERE user_id = $1 AND room_id = $2")
        .bind(user)
        .bind(room)
        .fetch_optional(t.store().pool())
        .await
        .unwrap()
        .map(|(owner,)| owner)
}

#[tokio::test]
async fn every_dialog_answers_a_plain_message() {
    let with_dialog: Vec<&str> = registry::all()
        .iter()
        .filter(|c| c.dialog.is_some())
        .map(|c| c.name)
        .collect();
    assert!(with_dialog.len() >= 5, "{with_dialog:?}");
    for capability in with_dialog {
        for t in backends().await {
            let (user, room, is_direct) = open_dialog(&t, capability).await;
            assert_eq!(
                dialog_owner(&t, &user, &room).await.as_deref(),
                Some(capability),
                "the dialog of {capability} is open and names its owner"
            );
            let answer = t.say_in(&user, &room, is_direct, "Hmm, ich weiß nicht recht").await;
            assert!(!answer.is_empty(), "{capability} answers a plain message in its dialog");
            assert!(
                answer.iter().all(|a| !a.contains("nicht fortsetzen")),
                "{capability} reads its own dialog: {answer:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_dialog_nobody_can_continue_is_dropped_with_an_apology() {
    for t in backends().await {
        for (owner, state) in [
            ("weggefallen", r#"{"dialog":"IdeaTitle"}"#),
            ("ideas", r#"{"dialog":"Unbekannt"}"#),
            ("ideas", "kein JSON"),
        ] {
            let room = format!("!{owner}:example.org");
            sqlx::query(
                "INSERT INTO dialogs (room_id, user_id, version, capability, state, updated_at, anonymous) \
                 VALUES ($1, $2, 1, $3, $4, $5, 0)",
            )
            .bind(&room)
            .bind("@anna:example.org")
            .bind(owner)
            .bind(state)
            .bind(corekit::START_MS)
            .execute(t.store().pool())
            .await
            .unwrap();
            let replies = t.say_in("@anna:example.org", &room, false, "Meine Antwort").await;
            assert_eq!(replies.len(), 1, "{owner} / {state}: {replies:?}");
            assert!(replies[0].contains("nicht fortsetzen"), "{replies:?}");
            assert_eq!(dialog_owner(&t, "@anna:example.org", &room).await, None);
        }
    }
}

#[tokio::test]
async fn dialogs_stored_before_they_named_their_owner_go_on() {
    for t in backends().await {
        let migration = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("migrations/{}/0007_dialog_owner.sql", t.backend)),
        )
        .unwrap();
        let update = &migration[migration.find("UPDATE dialogs").expect("the migration names owners")..];
        let old: BTreeMap<&str, &str> = BTreeMap::from([
            (
                "ideas",
                r#"{"dialog":"IdeaDescription","title":"Akten digitalisieren"}"#,
            ),
            ("team", r#"{"dialog":"Score","idea":1,"given":[4]}"#),
            ("concerns", r#"{"dialog":"Concern","step":"text","anonymous":false}"#),
            ("trainings", r#"{"dialog":"Training","step":"title"}"#),
            (
                "roundtables",
                r#"{"dialog":"Feedback","choices":[1,2],"text":"Gut","anonymous":false}"#,
            ),
        ]);
        for (n, state) in old.values().enumerate() {
            sqlx::query(
                "INSERT INTO dialogs (room_id, user_id, version, state, updated_at, anonymous) \
                 VALUES ($1, '@anna:example.org', 1, $2, $3, 0)",
            )
            .bind(format!("!old{n}:example.org"))
            .bind(state)
            .bind(corekit::START_MS)
            .execute(t.store().pool())
            .await
            .unwrap();
        }
        sqlx::query(sqlx::AssertSqlSafe(update.to_string()))
            .execute(t.store().pool())
            .await
            .unwrap();
        for (n, owner) in old.keys().enumerate() {
            let room = format!("!old{n}:example.org");
            assert_eq!(
                dialog_owner(&t, "@anna:example.org", &room).await.as_deref(),
                Some(*owner)
            );
        }
        // The idea dialog, stored in the old form, takes its next answer.
        let room = format!("!old{}:example.org", old.keys().position(|k| *k == "ideas").unwrap());
        let replies = t
            .say_in(
                "@anna:example.org",
                &room,
                false,
                "Papierakten scannen und verschlagworten",
            )
            .await;
        assert_eq!(replies.len(), 1, "{replies:?}");
        assert!(!replies[0].contains("nicht fortsetzen"), "{replies:?}");
    }
}

#[tokio::test]
async fn a_redacted_message_leaves_no_copy_of_its_text_and_only_its_own_room_can_redact_it() {
    const ANNA: &str = "@anna:example.org";
    for t in backends().await {
        t.say(ANNA, "!idee Vorhandene Idee").await;
        t.say(TEAM, "!rundtisch start Offene Runde").await;
        t.say(TEAM, "!rolle @anna:example.org promotor Bauamt").await;
        let dm = "!dm-anna-example.org:example.org";
        let messages: [(&str, &str, bool, &str); 9] = [
            ("idea", ROOM, false, "!idee Geheimer Titel Alpha"),
            ("idea by DM", dm, true, "idee Geheimer Titel Eta"),
            ("feedback by DM", dm, true, "!feedback Geheimes Feedback Zeta"),
            ("comment", ROOM, false, "!kommentar #1 Geheimer Kommentar Beta"),
            ("concern", ROOM, false, "!bedenken datenschutz: Geheimes Bedenken Gamma"),
            ("contribution", ROOM, false, "Geheimer Beitrag Delta"),
            ("feedback", ROOM, false, "!feedback Geheimes Feedback Epsilon"),
            (
                "tool report",
                ROOM,
                false,
                "!ki-tool melden Geheimes Werkzeug: Geheimer Zweck Theta",
            ),
            (
                "tool entry",
                ROOM,
                false,
                "!ki-tool neu Werkzeug | Bauamt | Geheimer Zweck Iota",
            ),
        ];
        for (what, room, is_direct, body) in messages {
            let inbound = t.message(ANNA, room, is_direct, body);
            let event_id = inbound.event_id.clone();
            let replies = t.event(inbound).await;
            let answering = replies
                .iter()
                .filter(|r| r.in_reply_to.as_deref() == Some(event_id.as_str()))
                .count();
            t.deliver_everything().await;
            let needle = body.rsplit(' ').next().unwrap();
            assert!(
                !t.store().columns_containing(needle).await.unwrap().is_empty(),
                "the {what} was stored"
            );
            // The same event id redacted in another room is someone else's event: nothing goes.
            let elsewhere = InboundKind::Redaction {
                target: event_id.clone(),
            };
            t.event(t.inbound(ANNA, "!elsewhere:example.org", false, elsewhere))
                .await;
            assert!(
                !t.store().columns_containing(needle).await.unwrap().is_empty(),
                "a redaction from another room removed the {what} on {}",
                t.backend
            );
            let redaction = t.inbound(ANNA, room, is_direct, InboundKind::Redaction { target: event_id });
            let caused = t.event(redaction).await;
            // The bot's replies may quote the text: it redacts them too.
            let redacted = caused.iter().filter(|m| m.redacts.is_some()).count();
            assert_eq!(redacted, answering, "the replies to the {what}: {caused:#?}");
            let left = t.store().columns_containing(needle).await.unwrap();
            assert!(
                left.is_empty(),
                "the redacted {what} is still in {left:?} on {}",
                t.backend
            );
        }
    }
}

/// Erasure and `!meine-daten` leave derived tables (named `…_tallies`) alone: their triggers
/// carry every rewrite of the rows they count. That holds only while their text columns copy
/// values of those rows; a derived table that kept a user id itself would escape erasure. So
/// every derived text column is listed here with the column it copies, and checked to exist.
#[tokio::test]
async fn derived_tables_copy_only_columns_that_erasure_rewrites_in_their_rows() {
    use lotse::store::{DERIVED_SUFFIX, Store};
    const COPIES: &[(&str, &str, &str)] = &[
        ("idea_tallies", "status", "ideas"),
        ("idea_tallies", "department", "ideas"),
        ("idea_status_tallies", "status", "ideas"),
    ];
    for t in backends().await {
        let mut tx = t.store().begin().await.unwrap();
        let columns = Store::columns(&mut tx, true).await.unwrap();
        tx.rollback().await.unwrap();
        let derived: BTreeSet<(String, String)> = columns
            .iter()
            .filter(|(table, _)| table.ends_with(DERIVED_SUFFIX))
            .cloned()
            .collect();
        let listed: BTreeSet<(String, String)> = COPIES
            .iter()
            .map(|(table, column, _)| (table.to_string(), column.to_string()))
            .collect();
        assert_eq!(
            derived, listed,
            "a new derived text column on {}: list what it copies",
            t.backend
        );
        for (_, column, source) in COPIES {
            assert!(
                columns.contains(&(source.to_string(), column.to_string())),
                "{source}.{column} on {}",
                t.backend
            );
        }
    }
}
