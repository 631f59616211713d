//! Core tests for the ideas module and the shared command machinery, on SQLite and PostgreSQL.

use crate::corekit::{self, ROOM, backends};
use lotse::bot::types::{Destination, InboundKind};

const ANNA: &str = "@anna:example.org";
const BEN: &str = "@ben:example.org";

#[tokio::test]
async fn one_line_idea_is_stored_and_answered_with_its_number() {
    for t in backends().await {
        let replies = t
            .event(t.message(ANNA, ROOM, false, "!idee Anträge vorsortieren"))
            .await;
        assert_eq!(replies.len(), 1);
        let reply = &replies[0];
        assert!(
            reply.body.contains("#1") && reply.body.contains("Anträge vorsortieren"),
            "{}",
            reply.body
        );
        assert_eq!(reply.destination, Destination::Room(ROOM.into()));
        assert!(reply.thread_root.is_some() && reply.in_reply_to.is_some());
        assert_eq!(reply.mentions, vec![ANNA.to_string()]);
        assert_eq!(
            reply.subject.as_ref().map(|s| (s.kind.as_str(), s.id)),
            Some(("idea", 1))
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 1, "{}", t.backend);
        let shown = t.one(BEN, "!idee #1").await;
        assert!(
            shown.contains("Anträge vorsortieren") && shown.contains("eingereicht"),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn english_alias_and_language_switch() {
    for t in backends().await {
        assert!(t.one(ANNA, "!language en").await.contains("English"));
        let reply = t.one(ANNA, "!idea Chatbot for citizens").await;
        assert!(reply.contains("Thank you") && reply.contains("#1"), "{reply}");
        assert!(t.one(ANNA, "!sprache de").await.contains("Deutsch"));
        assert!(t.one(ANNA, "!sprache klingonisch").await.contains("!sprache de"));
    }
}

#[tokio::test]
async fn guided_dialog_asks_four_questions_and_survives_a_restart() {
    for t in backends().await {
        assert!(t.one(ANNA, "!idee").await.contains("Titel"));
        assert!(t.one(ANNA, "").await.contains("leer"), "empty answers are refused");
        assert!(t.one(ANNA, "Posteingang sortieren").await.contains("Beschreiben"));
        // A restart: a new Bot over the same store continues the dialog.
        let restarted = lotse::bot::Bot::new(t.store().clone(), corekit::settings(), t.clock.clone());
        let inbound = t.message(ANNA, ROOM, false, "KI liest Post und verteilt sie");
        restarted.handle(&inbound).await.unwrap();
        assert!(t.one(ANNA, "Zentrale Dienste").await.contains("Nutzen"));
        let done = t.one(ANNA, "Schnellere Bearbeitung").await;
        assert!(done.contains("#1") && done.contains("Posteingang sortieren"), "{done}");
        let shown = t.one(BEN, "!idee #1").await;
        assert!(
            shown.contains("Zentrale Dienste")
                && shown.contains("Schnellere Bearbeitung")
                && shown.contains("KI liest Post")
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
    }
}

#[tokio::test]
async fn dialog_validates_each_step_and_can_be_cancelled() {
    for t in backends().await {
        t.one(ANNA, "!idee").await;
        let long = "x".repeat(201);
        assert!(t.one(ANNA, &long).await.contains("200"));
        t.one(ANNA, "Titel").await;
        assert!(t.one(ANNA, &"y".repeat(4001)).await.contains("4000"));
        assert!(t.one(ANNA, "!abbrechen").await.contains("abgebrochen"));
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
        assert!(t.one(ANNA, "!abbrechen").await.contains("kein Dialog"));
        // In a DM, plain "abbrechen" cancels too.
        t.dm(ANNA, "idee").await;
        let replies = t.dm(ANNA, "abbrechen").await;
        assert!(replies[0].contains("abgebrochen"), "{replies:?}");
    }
}

#[tokio::test]
async fn dialog_expires_after_idle_time_and_unreadable_state_is_dropped_politely() {
    for t in backends().await {
        t.dm(ANNA, "!idee").await;
        t.clock.advance_ms(31 * 60_000);
        let replies = t.dm(ANNA, "Mein Titel").await;
        assert!(replies.iter().any(|r| r.contains("Pause")), "{replies:?}");
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
        sqlx::query("INSERT INTO dialogs (room_id, user_id, version, state, updated_at) VALUES ($1, $2, 99, '{}', $3)")
            .bind(ROOM)
            .bind(BEN)
            .bind(1_790_000_000_000i64 + 31 * 60_000)
            .execute(t.store().pool())
            .await
            .unwrap();
        let replies = t.say(BEN, "!ideen").await;
        assert!(replies[0].contains("nicht fortsetzen"), "{replies:?}");
        assert_eq!(replies.len(), 2, "the command still runs: {replies:?}");
    }
}

#[tokio::test]
async fn too_long_title_and_comment_are_refused_and_nothing_is_stored() {
    for t in backends().await {
        let reply = t.one(ANNA, &format!("!idee {}", "ä".repeat(201))).await;
        assert!(reply.contains("200") && reply.contains("201"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
        t.one(ANNA, &format!("!idee {}", "ä".repeat(200))).await;
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 1);
        let reply = t.one(BEN, &format!("!kommentar #1 {}", "b".repeat(4001))).await;
        assert!(reply.contains("4000"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_comments").await, 0);
    }
}

#[tokio::test]
async fn lists_newest_top_mine_and_search() {
    for t in backends().await {
        assert!(t.one(ANNA, "!ideen").await.contains("noch keine"));
        t.one(ANNA, "!idee Bürgeranfragen per Chatbot").await;
        t.one(BEN, "!idee Protokolle zusammenfassen").await;
        t.one(ANNA, "!idee ÜBERSETZUNG von Bescheiden").await;
        t.one(BEN, "!unterstütze #2").await;
        let newest = t.one(BEN, "!ideen").await;
        assert!(newest.find("#3").unwrap() < newest.find("#1").unwrap(), "{newest}");
        let top = t.one(BEN, "!ideen top").await;
        assert!(top.lines().nth(1).unwrap().starts_with("#2"), "{top}");
        let mine = t.one(ANNA, "!ideen meine").await;
        assert!(
            mine.contains("#1") && mine.contains("#3") && !mine.contains("#2 "),
            "{mine}"
        );
        let found = t.one(BEN, "!ideen suche übersetzung").await;
        assert!(found.contains("#3") && !found.contains("#1 "), "{found}");
        assert!(t.one(BEN, "!ideen suche 100%").await.contains("keine Idee gefunden"));
        assert!(t.one(BEN, "!ideen suche").await.contains("Wonach"));
        assert!(t.one(BEN, "!ideen quatsch").await.contains("!ideen top"));
        assert!(t.one(BEN, "!ideen meine").await.contains("#2"));
        assert!(t.one("@carla:example.org", "!ideen meine").await.contains("noch keine"));
    }
}

#[tokio::test]
async fn support_once_per_person_by_command_or_thumbs_up() {
    for t in backends().await {
        let created = t.event(t.message(ANNA, ROOM, false, "!idee Chatbot")).await;
        assert_eq!(created.len(), 1);
        assert!(
            t.one(BEN, "!unterstütze #1")
                .await
                .contains("Sie hat jetzt eine Unterstützung.")
        );
        assert!(t.one(BEN, "!unterstuetze #1").await.contains("bereits"));
        // The transport reports the sent event id of Lotse's message about idea #1.
        let pending = t.store().outbox_pending(100).await.unwrap();
        let about = pending
            .iter()
            .find(|p| p.message.subject.is_some())
            .expect("message about the idea");
        t.store()
            .outbox_mark_sent(about.id, Some("$lotse-msg"), 0)
            .await
            .unwrap();
        let react = |user: &str, key: &str| {
            t.inbound(
                user,
                ROOM,
                false,
                InboundKind::Reaction {
                    target: "$lotse-msg".into(),
                    key: key.into(),
                },
            )
        };
        assert!(
            t.event(react("@carla:example.org", "👍")).await.is_empty(),
            "reactions get no reply"
        );
        t.event(react(BEN, "👍")).await; // counted once only
        t.event(react("@dora:example.org", "❤️")).await; // not a support reaction
        t.event(react("@emil:example.org", "👍")).await;
        assert_eq!(
            t.count("SELECT COUNT(*) FROM idea_supporters WHERE idea_id = 1").await,
            3
        );
        assert!(t.one(ANNA, "!idee #1").await.contains("· 3 Unterstützungen ·"));
        assert!(t.one(BEN, "!support #7").await.contains("#7 gibt es nicht"));
        assert!(t.one(BEN, "!unterstütze").await.contains("Zum Beispiel"));
    }
}

#[tokio::test]
async fn malformed_record_numbers_get_a_clear_answer() {
    for t in backends().await {
        for bad in ["#0", "#-1", "#99999999999999999999", "#abc", "#1x"] {
            let reply = t.one(ANNA, &format!("!unterstütze {bad}")).await;
            assert!(reply.contains("keine gültige Nummer"), "{bad}: {reply}");
            let reply = t.one(ANNA, &format!("!idee {bad}")).await;
            assert!(reply.contains("keine gültige Nummer"), "{bad}: {reply}");
        }
    }
}

#[tokio::test]
async fn comments_are_shown_with_the_idea() {
    for t in backends().await {
        t.one(ANNA, "!idee Chatbot").await;
        assert!(
            t.one(BEN, "!kommentar #1 Gute Idee, aber Datenschutz prüfen")
                .await
                .contains("gespeichert")
        );
        assert!(t.one(BEN, "!kommentar #1").await.contains("So kommentieren"));
        assert!(t.one(BEN, "!comment").await.contains("So kommentieren"));
        let shown = t.one(ANNA, "!idee #1").await;
        assert!(
            shown.contains("\nEin Kommentar:\n") && shown.contains("Datenschutz prüfen") && shown.contains(BEN),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn only_the_author_withdraws_and_withdrawn_ideas_leave_the_lists() {
    for t in backends().await {
        t.one(ANNA, "!idee Chatbot").await;
        assert!(t.one(BEN, "!zurückziehen #1").await.contains("nicht Ihre eigene"));
        assert!(t.one(ANNA, "!zurueckziehen #1").await.contains("zurückgezogen"));
        assert!(
            t.one(ANNA, "!withdraw #1")
                .await
                .contains("wurde bereits zurückgezogen")
        );
        assert!(t.one(BEN, "!ideen").await.contains("noch keine"));
        assert!(t.one(BEN, "!unterstütze #1").await.contains("zurückgezogen"));
        assert!(t.one(BEN, "!kommentar #1 noch was").await.contains("zurückgezogen"));
        assert!(t.one(ANNA, "!ideen meine").await.contains("zurückgezogen"));
    }
}

#[tokio::test]
async fn edit_of_the_submitting_message_updates_the_title_and_redaction_blanks_it() {
    for t in backends().await {
        let inbound = t.message(ANNA, ROOM, false, "!idee Chatbott");
        let source = inbound.event_id.clone();
        t.event(inbound).await;
        let edit = t.inbound(
            ANNA,
            ROOM,
            false,
            InboundKind::Edit {
                target: source.clone(),
                body: "!idee Chatbot für Bürger".into(),
            },
        );
        let replies = t.event(edit).await;
        assert!(replies[0].body.contains("Chatbot für Bürger"), "{replies:?}");
        assert!(t.one(BEN, "!ideen suche bürger").await.contains("#1"));
        // An edit by someone else is ignored.
        let foreign = t.inbound(
            BEN,
            ROOM,
            false,
            InboundKind::Edit {
                target: source.clone(),
                body: "!idee Gekapert".into(),
            },
        );
        assert!(t.event(foreign).await.is_empty());
        let redaction = t.inbound(ANNA, ROOM, false, InboundKind::Redaction { target: source });
        t.event(redaction).await;
        let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(title, "");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM ideas WHERE search_terms LIKE '%chatbot%'")
                .await,
            0
        );
        assert!(t.one(BEN, "!idee #1").await.contains("[Text entfernt]"));
    }
}

#[tokio::test]
async fn each_event_is_processed_exactly_once() {
    for t in backends().await {
        let inbound = t.message(ANNA, ROOM, false, "!idee Einmal");
        assert_eq!(t.bot.handle(&inbound).await.unwrap(), lotse::bot::Handled::Processed);
        assert_eq!(t.bot.handle(&inbound).await.unwrap(), lotse::bot::Handled::Duplicate);
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 1);
        assert_eq!(t.count("SELECT COUNT(*) FROM outbox").await, 1);
    }
}

#[tokio::test]
async fn addressing_rules_for_rooms_dms_and_mentions() {
    for t in backends().await {
        assert!(
            t.say(ANNA, "ideen sind toll").await.is_empty(),
            "plain room chat is ignored"
        );
        assert!(
            t.say(ANNA, "Lotse ist super").await.is_empty(),
            "talking about the bot is not a command"
        );
        let dm = t.dm(ANNA, "ideen").await;
        assert!(dm[0].contains("noch keine"), "DM works without !: {dm:?}");
        assert!(t.one(ANNA, "Lotse: ideen").await.contains("noch keine"));
        assert!(t.one(ANNA, "lotse, hilfe").await.contains("Lotse"));
        let mentioned = t
            .event(t.inbound(
                ANNA,
                ROOM,
                false,
                InboundKind::Message {
                    body: "Lotse ideen".into(),
                    mentions_bot: true,
                    mentions: vec![],
                },
            ))
            .await;
        assert!(mentioned[0].body.contains("noch keine"), "{mentioned:?}");
        let typo = t.one(ANNA, "!ideeen").await;
        assert!(typo.contains("!ideen") || typo.contains("!idee"), "{typo}");
        assert!(t.one(ANNA, "!xyzzyplugh").await.contains("!hilfe"));
        let dm = t.dm(ANNA, "Wie geht das hier?").await;
        assert!(dm[0].contains("hilfe"), "{dm:?}");
    }
}

#[tokio::test]
async fn help_is_generated_from_the_command_table() {
    use lotse::bot::commands;
    for t in backends().await {
        // Every command is in the help of its topic, for anyone.
        for topic in commands::topics() {
            let help = t.one(ANNA, &format!("!hilfe {}", topic.name)).await;
            for spec in commands::all().iter().filter(|c| c.topic == topic.name) {
                assert!(
                    help.contains(&format!("• !{} — ", spec.name)),
                    "!hilfe {} lists !{}",
                    topic.name,
                    spec.name
                );
            }
        }
        assert!(t.one(ANNA, "!hilfe ideen").await.contains("!ideen suche"));
        assert!(t.one(ANNA, "!help idee").await.contains("!idee"));
        assert!(t.one(ANNA, "!hilfe raumfahrt").await.contains("Themen"));
        t.one(ANNA, "!sprache en").await;
        let help = t.one(ANNA, "!help").await;
        assert!(help.contains("!idee — submit an idea"), "{help}");
        assert!(
            help.contains("More on a topic: !help allgemein, !help ideen,"),
            "{help}"
        );
    }
}

/// `!hilfe` alone is short: an intro, the five first steps the capabilities mark, the topics for
/// `!hilfe <Thema>`, and for the team one line more.
#[tokio::test]
async fn help_overview_shows_the_first_steps_and_the_topics() {
    for t in backends().await {
        let help = t.one(ANNA, "!hilfe").await;
        let steps: Vec<&str> = help
            .lines()
            .filter_map(|l| l.strip_prefix("• !"))
            .filter_map(|l| l.split(" — ").next())
            .collect();
        assert_eq!(
            steps,
            ["idee", "ideen", "bedenken", "schulungen", "meine-daten"],
            "{help}"
        );
        let first: Vec<&str> = lotse::bot::commands::first_steps().map(|c| c.name).collect();
        assert_eq!(
            steps, first,
            "the overview is generated from the registry's first steps"
        );
        assert!(help.starts_with("Hallo, ich bin Lotse 🧭"), "{help}");
        assert!(
            help.contains(
                "Mehr zu einem Thema: !hilfe allgemein, !hilfe ideen, !hilfe rundtische, !hilfe bedenken, \
                 !hilfe schulungen, !hilfe ki-bestand."
            ),
            "{help}"
        );
        assert!(!help.contains("!bewerte") && !help.contains("!hilfe team"), "{help}");
        assert_eq!(
            help.lines().count(),
            8,
            "intro, five steps, a blank line, the topics: {help}"
        );

        let team = t.one(corekit::TEAM, "!hilfe").await;
        assert!(
            team.ends_with("\nFür das Strategieteam: !hilfe team, !hilfe ethik."),
            "{team}"
        );
        assert!(!team.contains("!bewerte"), "{team}");

        // The topic keeps every detail.
        let ideas = t.one(ANNA, "!hilfe ideen").await;
        for name in ["idee", "ideen", "unterstütze", "kommentar", "zurückziehen"] {
            assert!(
                ideas.contains(&format!("\n• !{name} — ")),
                "!hilfe ideen lists !{name}: {ideas}"
            );
        }
        assert!(ideas.contains("Nur „!idee“ startet einen kurzen Dialog"), "{ideas}");
        for (topic, command) in [("ki-bestand", "!ki-tool"), ("ethik", "!ethik"), ("team", "!bewerte")] {
            let details = t.one(ANNA, &format!("!hilfe {topic}")).await;
            assert!(details.contains(command), "!hilfe {topic}: {details}");
        }
    }
}

#[test]
fn every_first_step_names_a_command_of_its_capability() {
    for capability in lotse::bot::registry::all() {
        for name in capability.first_steps {
            assert!(
                capability.commands.iter().any(|c| c.name == *name),
                "{}: first step !{name} is none of its commands",
                capability.name
            );
        }
    }
}

#[tokio::test]
async fn department_is_remembered_and_used_for_new_ideas() {
    for t in backends().await {
        assert!(t.one(ANNA, "!fachbereich").await.contains("Bitte nennen"));
        assert!(
            t.one(ANNA, "!fachbereich Bürgerservice")
                .await
                .contains("Bürgerservice")
        );
        assert!(
            t.one(ANNA, "!fachbereich")
                .await
                .contains("Ihr Fachbereich ist „Bürgerservice“")
        );
        assert!(
            t.one(ANNA, &format!("!fachbereich {}", "x".repeat(101)))
                .await
                .contains("100")
        );
        t.one(ANNA, "!idee Terminvergabe").await;
        assert!(t.one(BEN, "!idee #1").await.contains("Fachbereich: Bürgerservice"));
        t.one(ANNA, "!idee").await;
        t.one(ANNA, "Titel").await;
        assert!(t.one(ANNA, "Beschreibung").await.contains("„-“"));
        t.one(ANNA, "-").await;
        t.one(ANNA, "Nutzen").await;
        assert!(t.one(BEN, "!idee #2").await.contains("Fachbereich: Bürgerservice"));
    }
}

#[tokio::test]
async fn user_text_never_becomes_markup() {
    for t in backends().await {
        let title = "<script>alert(1)</script> <a href=\"javascript:x\">x</a> <img src=x> & **fett**";
        let replies = t.event(t.message(ANNA, ROOM, false, format!("!idee {title}"))).await;
        let html = &replies[0].html;
        assert!(
            !html.contains("<script") && !html.contains("<a ") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(replies[0].body.contains(title));
    }
}

/// Numbers meet nouns in words that fit them: none, one and many, in `!meine-daten`, `!idee #N`,
/// the lists and the support confirmation, in German and English.
#[tokio::test]
async fn counts_read_right_for_none_one_and_many() {
    const CARLA: &str = "@carla:example.org";
    const DORA: &str = "@dora:example.org";
    for t in backends().await {
        let mine = t.dm(ANNA, "!meine-daten").await.join("\n");
        for expected in [
            "Sprache: Deutsch (voreingestellt; auf Englisch umstellen mit !sprache en)",
            "Ihre Ideen: keine",
            "Sie unterstützen keine Idee und haben keinen Kommentar geschrieben.",
        ] {
            assert!(mine.contains(expected), "{expected:?} in {mine}");
        }
        assert!(!mine.contains("Standard") && !mine.contains(": 0"), "{mine}");

        t.one(ANNA, "!idee Anträge vorsortieren").await;
        assert!(
            t.one(BEN, "!idee #1")
                .await
                .contains("Status: eingereicht · noch keine Unterstützung ·")
        );
        assert!(t.one(BEN, "!ideen").await.starts_with("Die bisher einzige Idee:\n#1 "));
        assert!(t.one(ANNA, "!ideen meine").await.starts_with("Ihre Idee:\n#1 "));
        assert!(
            t.one(BEN, "!ideen suche anträge")
                .await
                .starts_with("Eine Idee zu „anträge“:")
        );
        t.one(BEN, "!idee Protokolle zusammenfassen").await;
        t.one(CARLA, "!idee Post sortieren").await;
        t.one(ANNA, "!unterstütze #2").await;
        t.one(ANNA, "!kommentar #2 Gern!").await;
        let mine = t.dm(ANNA, "!meine-daten").await.join("\n");
        for expected in [
            "\nIhre Idee:\n– #1 Anträge vorsortieren (eingereicht)\n",
            "Sie unterstützen eine Idee und haben einen Kommentar geschrieben.",
        ] {
            assert!(mine.contains(expected), "{expected:?} in {mine}");
        }
        let shown = t.one(ANNA, "!idee #2").await;
        assert!(
            shown.contains("· eine Unterstützung ·") && shown.contains("\nEin Kommentar:\n"),
            "{shown}"
        );

        t.one(ANNA, "!idee Bescheide übersetzen").await;
        t.one(ANNA, "!idee Termine vergeben").await;
        assert!(
            t.one(BEN, "!unterstütze #4")
                .await
                .contains("Sie hat jetzt eine Unterstützung.")
        );
        assert!(
            t.one(CARLA, "!unterstütze #4")
                .await
                .contains("Sie hat jetzt 2 Unterstützungen.")
        );
        assert!(
            t.one(DORA, "!unterstütze #4")
                .await
                .contains("Sie hat jetzt 3 Unterstützungen.")
        );
        for (idea, text) in [(3, "Prima"), (3, "Und noch"), (1, "Selbst")] {
            t.one(ANNA, &format!("!unterstütze #{idea}")).await;
            t.one(ANNA, &format!("!kommentar #{idea} {text}")).await;
        }
        let shown = t.one(BEN, "!idee #4").await;
        assert!(shown.contains("· 3 Unterstützungen ·"), "{shown}");
        let shown = t.one(BEN, "!idee #3").await;
        assert!(shown.contains("\n2 Kommentare:\n"), "{shown}");
        assert!(
            t.one(BEN, "!ideen")
                .await
                .starts_with("Die neuesten Ideen, von 5 insgesamt:\n")
        );
        assert!(t.one(ANNA, "!ideen meine").await.starts_with("Ihre 3 Ideen:\n"));
        let mine = t.dm(ANNA, "!meine-daten").await.join("\n");
        for expected in [
            "\nIhre 3 Ideen:\n",
            "Sie unterstützen 3 Ideen und haben 4 Kommentare geschrieben.",
        ] {
            assert!(mine.contains(expected), "{expected:?} in {mine}");
        }

        t.one(ANNA, "!sprache en").await;
        let mine = t.dm(ANNA, "!my-data").await.join("\n");
        for expected in [
            "Language: English\n",
            "\nYour 3 ideas:\n",
            "You support 3 ideas and have written 4 comments.",
        ] {
            assert!(mine.contains(expected), "{expected:?} in {mine}");
        }
        assert!(t.one(ANNA, "!idea #4").await.contains("· 3 supporters ·"));
        assert!(t.one(ANNA, "!idea #5").await.contains("· no support yet ·"));
        let none = t.dm(DORA, "!sprache en").await;
        assert!(none[0].contains("English"), "{none:?}");
        let dora = t.dm(DORA, "!my-data").await.join("\n");
        assert!(
            dora.contains("Your ideas: none") && dora.contains("You support one idea and have written no comments."),
            "{dora}"
        );
    }
}
