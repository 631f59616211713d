//! Hostile input: generated messages (arbitrary Unicode, control characters, right-to-left marks,
//! 64 KB bodies, HTML and Markdown, SQL metacharacters, malformed `#N`) never panic the parser or
//! any command handler, every reply fits in a Matrix event, and no user text becomes markup.

use crate::corekit;
use lotse::bot::commands;
use lotse::bot::context::{MAX_REPLY_BODY_BYTES, MAX_REPLY_HTML_BYTES};
use lotse::bot::parser::{self, Addressing};
use lotse::bot::types::InboundKind;
use proptest::prelude::*;

const CASES: u32 = 10_000;

fn nasty_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        Just("<script>alert('x')</script>".to_string()),
        Just("<a href=\"javascript:alert(1)\">klick</a>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("**fett** _kursiv_ [link](javascript:x) `code`".to_string()),
        Just("'; DROP TABLE ideas; --".to_string()),
        Just("%_\\' \" ; -- /* */".to_string()),
        Just("\u{202E}\u{200F}rtl\u{202C}\u{2066}".to_string()),
        Just("\u{0}\u{1}\u{7}\u{1b}[31m\r\n\t".to_string()),
        prop_oneof![
            Just("#0"),
            Just("#-1"),
            Just("#99999999999999999999"),
            Just("#"),
            Just("#1x"),
            Just("#1"),
            Just("#2")
        ]
        .prop_map(String::from),
        Just(String::new()),
        Just("   \t  ".to_string()),
        (1usize..4).prop_map(|n| "ä<".repeat(n * 8_000)),
    ]
}

fn command_word() -> impl Strategy<Value = String> {
    let names: Vec<String> = commands::all()
        .iter()
        .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()))
        .map(String::from)
        .collect();
    prop_oneof![
        proptest::sample::select(names.clone()).prop_map(|n| format!("!{n}")),
        proptest::sample::select(names).prop_map(|n| format!("Lotse: {n}")),
        "!\\PC{0,12}",
        Just("abbrechen".to_string()),
        Just(String::new()),
        // Stores a record whatever the size of the command table, for the final check below.
        Just("!idee".to_string()),
    ]
}

fn message() -> impl Strategy<Value = String> {
    (command_word(), proptest::collection::vec(nasty_fragment(), 0..4))
        .prop_map(|(word, parts)| format!("{word} {}", parts.join(" ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_never_panics(body in message(), direct in any::<bool>(), mentioned in any::<bool>()) {
        let names = vec!["Lotse".to_string(), "@lotse:example.org".to_string()];
        let _ = parser::parse(&body, Addressing { is_direct: direct, mentions_bot: mentioned, names: &names });
        let _ = parser::record_ref(&body);
    }
}

/// Escaped HTML has no tag but the line breaks Lotse adds itself.
fn has_foreign_markup(html: &str) -> bool {
    html.replace("<br>", "").contains('<')
}

#[test]
fn every_handler_survives_hostile_messages_with_safe_replies() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let bot = runtime.block_on(corekit::TestBot::sqlite());
    hostile_messages(&runtime, &bot, CASES);
}

/// PostgreSQL is stricter about text (it refuses NUL, for one): the same generator, fewer cases.
#[test]
fn every_handler_survives_hostile_messages_on_postgres() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    if let Some(bot) = runtime.block_on(corekit::TestBot::postgres()) {
        hostile_messages(&runtime, &bot, 2_000);
    }
}

fn hostile_messages(runtime: &tokio::runtime::Runtime, bot: &corekit::TestBot, cases: u32) {
    // The last one is on the strategy team, so the team's handlers get hostile input too.
    let users = [
        "@anna:example.org",
        "@ben:example.org",
        "@mallory:evil.example",
        corekit::TEAM,
    ];
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let strategy = (message(), 0usize..users.len(), any::<bool>(), 0u8..10);
    runner
        .run(&strategy, |(body, user, direct, kind)| {
            let room = if direct { "!dm:example.org" } else { corekit::ROOM };
            let inbound_kind = match kind {
                0 => InboundKind::Edit {
                    target: "$ev1".into(),
                    body: body.clone(),
                },
                1 => InboundKind::Reaction {
                    target: "$lotse".into(),
                    key: body.chars().take(8).collect(),
                },
                _ => InboundKind::Message {
                    body: body.clone(),
                    mentions_bot: kind == 2,
                    mentions: vec![],
                },
            };
            let inbound = bot.inbound(users[user], room, direct, inbound_kind);
            let replies = runtime.block_on(bot.event(inbound));
            for reply in replies {
                prop_assert!(
                    reply.body.len() <= MAX_REPLY_BODY_BYTES,
                    "body of {} bytes",
                    reply.body.len()
                );
                prop_assert!(
                    reply.html.len() <= MAX_REPLY_HTML_BYTES,
                    "html of {} bytes",
                    reply.html.len()
                );
                prop_assert!(!has_foreign_markup(&reply.html), "markup in {:?}", reply.html);
            }
            Ok(())
        })
        .unwrap();
    let ideas = runtime.block_on(bot.count("SELECT COUNT(*) FROM ideas"));
    assert!(
        ideas > i64::from(cases) / 100,
        "the generator reaches the handlers ({ideas} ideas stored)"
    );
}
