//! Core tests for the strategy team: roles and permissions, scoring, the status lifecycle with
//! the author's DM, the ranked portfolio and the re-assessment cycle, on SQLite and PostgreSQL.

mod corekit;

use corekit::{START_MS, TEAM, TestBot, backends, backends_with};
use lotse::bot::commands::{COMMANDS, Role};
use lotse::bot::context::{MAX_REPLY_BODY_BYTES, MAX_REPLY_HTML_BYTES};
use lotse::bot::types::{Destination, InboundKind, Outbound};
use lotse::team::reassessment::{format_date, months_later};
use lotse::team::status::{ALL_STATUSES, Status};

const ANNA: &str = "@anna:example.org";
const BEN: &str = "@ben:example.org";
/// On the team through power level >= 50 in the strategy room (after `with_room_member`).
const CDO: &str = "@cdo:example.org";
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
const BERLIN: chrono_tz::Tz = chrono_tz::Europe::Berlin;

/// A message in the shared room, with all outbound messages it caused (replies and DMs).
async fn send(t: &TestBot, user: &str, body: &str) -> Vec<Outbound> {
    let inbound = t.inbound(
        user,
        corekit::ROOM,
        false,
        InboundKind::Message {
            body: body.into(),
            mentions_bot: false,
        },
    );
    t.event(inbound).await
}

/// The one reply in the room to a message (direct messages it caused are left out).
async fn one(t: &TestBot, user: &str, body: &str) -> String {
    let replies: Vec<String> = send(t, user, body)
        .await
        .into_iter()
        .filter(|m| matches!(m.destination, Destination::Room(_)))
        .map(|m| m.body)
        .collect();
    assert_eq!(
        replies.len(),
        1,
        "one reply to {body:?} on {}, got {replies:?}",
        t.backend
    );
    replies.into_iter().next().unwrap()
}

fn dms_to<'a>(messages: &'a [Outbound], user: &str) -> Vec<&'a Outbound> {
    messages
        .iter()
        .filter(|m| m.destination == Destination::DirectTo(user.to_string()))
        .collect()
}

async fn next_reassessment(t: &TestBot, id: i64) -> Option<i64> {
    let (at,): (Option<i64>,) = sqlx::query_as("SELECT next_reassessment_at FROM ideas WHERE id = $1")
        .bind(id)
        .fetch_one(t.store().pool())
        .await
        .unwrap();
    at
}

const FULL_SCORE: &str = "wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5";

#[tokio::test]
async fn every_team_command_refuses_non_members_and_writes_nothing() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let team_commands: Vec<_> = COMMANDS.iter().filter(|c| c.role == Role::Team).collect();
        assert!(team_commands.len() >= 7, "the team commands are in the table");
        for spec in team_commands {
            for name in std::iter::once(spec.name).chain(spec.aliases.iter().copied()) {
                for args in [
                    "",
                    " #1",
                    &format!(" #1 {FULL_SCORE}"),
                    " #1 abgelehnt weil",
                    " @ben:example.org promotor Bau",
                ] {
                    let reply = one(&t, BEN, &format!("!{name}{args}")).await;
                    assert!(
                        reply.contains("dem Strategieteam vorbehalten") && reply.contains(spec.name),
                        "!{name}{args} on {}: {reply}",
                        t.backend
                    );
                }
            }
            // In a DM the "!" may be left out; the check is the same.
            let dm = t.dm(BEN, &format!("{} #1", spec.name)).await;
            assert!(dm[0].contains("Strategieteam"), "{dm:?}");
        }
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_scores").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM promoters").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
        assert_eq!(
            t.count("SELECT COUNT(*) FROM ideas WHERE status = 'eingereicht' AND owner IS NULL")
                .await,
            1
        );
        one(&t, BEN, "!sprache en").await;
        assert!(
            one(&t, BEN, "!portfolio")
                .await
                .contains("reserved for the strategy team")
        );
    }
}

#[tokio::test]
async fn team_is_configured_ids_plus_the_live_strategy_room_by_user_id_only() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        assert!(one(&t, TEAM, "!portfolio").await.contains("Portfolio"));
        assert!(one(&t, CDO, "!portfolio").await.contains("vorbehalten"));
        t.set_strategy_room_members(&[CDO]);
        assert!(one(&t, CDO, "!portfolio").await.contains("Portfolio"));
        // Lookalikes of team members: other server, other case, Cyrillic letter, display name.
        for lookalike in [
            "@team:evil.example",
            "@Team:example.org",
            "@tеam:example.org",
            "@cdo:example.org.evil",
            "@team",
        ] {
            let reply = one(&t, lookalike, "!status #1 in-pruefung").await;
            assert!(reply.contains("vorbehalten"), "{lookalike}: {reply}");
        }
        // The adapter's next sync: the CDO lost the power level.
        t.set_strategy_room_members(&[]);
        assert!(one(&t, CDO, "!portfolio").await.contains("vorbehalten"));
        assert!(
            one(&t, TEAM, "!portfolio").await.contains("Portfolio"),
            "configured ids stay"
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
    }
}

#[tokio::test]
async fn transition_table_is_enforced_for_every_pair() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        for from in ALL_STATUSES {
            for to in ALL_STATUSES {
                sqlx::query("UPDATE ideas SET status = $1 WHERE id = 1")
                    .bind(from.as_str())
                    .execute(t.store().pool())
                    .await
                    .unwrap();
                let reply = one(&t, TEAM, &format!("!status #1 {} Begründung", to.as_str())).await;
                let (status,): (String,) = sqlx::query_as("SELECT status FROM ideas WHERE id = 1")
                    .fetch_one(t.store().pool())
                    .await
                    .unwrap();
                if from.may_become(to) {
                    assert_eq!(status, to.as_str(), "{from:?} -> {to:?}: {reply}");
                    assert!(reply.contains("ist jetzt"), "{reply}");
                } else {
                    assert_eq!(status, from.as_str(), "{from:?} -> {to:?} refused: {reply}");
                    assert!(
                        reply.contains("kann nicht") || reply.contains("bereits"),
                        "{from:?} -> {to:?}: {reply}"
                    );
                }
            }
        }
        // Spot checks of the table itself.
        assert!(Status::Submitted.may_become(Status::InReview));
        assert!(!Status::Submitted.may_become(Status::Live));
        assert!(!Status::Rejected.may_become(Status::Prioritised));
    }
}

#[tokio::test]
async fn status_change_tells_the_author_in_a_dm_and_needs_reasons_and_owners() {
    for t in backends().await {
        one(&t, ANNA, "!idee Anträge vorsortieren").await;
        let out = send(&t, TEAM, "!status #1 in-prüfung").await;
        let dms = dms_to(&out, ANNA);
        assert_eq!(dms.len(), 1, "{out:?}");
        assert!(
            dms[0].body.contains("#1") && dms[0].body.contains("in Prüfung"),
            "{}",
            dms[0].body
        );
        assert!(dms[0].thread_root.is_none() && dms[0].in_reply_to.is_none());
        assert!(out[0].body.contains("Direktnachricht"), "{}", out[0].body);

        let reply = one(&t, TEAM, "!status #1 abgelehnt").await;
        assert!(reply.contains("Begründung"), "{reply}");
        let reply = one(&t, TEAM, "!status #1 priorisiert").await;
        assert!(reply.contains("!verantwortlich #1"), "{reply}");
        assert!(one(&t, TEAM, "!status #1 vielleicht").await.contains("„vielleicht“"));
        assert!(one(&t, TEAM, "!status #1 in Prüfung").await.contains("bereits"));

        one(&t, ANNA, "!sprache en").await;
        let out = send(&t, TEAM, "!status #1 zurückgestellt Haushalt 2027 abwarten").await;
        let dms = dms_to(&out, ANNA);
        assert_eq!(dms.len(), 1);
        assert!(
            dms[0].body.contains("deferred") && dms[0].body.contains("Reason: Haushalt 2027 abwarten"),
            "the DM is in the author's language: {}",
            dms[0].body
        );
        let (reason,): (Option<String>,) = sqlx::query_as("SELECT status_reason FROM ideas WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(reason.as_deref(), Some("Haushalt 2027 abwarten"));
        // The reason is shown to the team, not to everyone.
        assert!(one(&t, TEAM, "!idee #1").await.contains("Haushalt 2027"));
        assert!(!one(&t, BEN, "!idee #1").await.contains("Haushalt 2027"));

        // A team member changing their own idea gets no DM.
        one(&t, TEAM, "!idee Eigene Idee").await;
        let out = send(&t, TEAM, "!status #2 in-pruefung").await;
        assert!(dms_to(&out, TEAM).is_empty(), "{out:?}");
        // Withdrawn ideas are out of reach.
        one(&t, ANNA, "!idee Zurückgezogen").await;
        one(&t, ANNA, "!zurückziehen #3").await;
        let reply = one(&t, TEAM, "!status #3 in-pruefung").await;
        assert!(
            reply.contains("zurückgezogen und kann nicht mehr bearbeitet"),
            "{reply}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'status'").await,
            3
        );
    }
}

#[tokio::test]
async fn owner_is_set_shown_and_required_for_active_use_cases() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        assert!(one(&t, TEAM, "!verantwortlich #1").await.contains("noch niemand"));
        let reply = one(&t, TEAM, "!verantwortlich #1 Ben Beispiel").await;
        assert!(reply.contains("keine vollständige Matrix-ID"), "{reply}");
        let out = send(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        assert!(out[0].body.contains("@ben:example.org"), "{}", out[0].body);
        assert_eq!(dms_to(&out, BEN).len(), 1, "the new owner is told");
        assert!(
            one(&t, ANNA, "!idee #1")
                .await
                .contains("Verantwortlich: @ben:example.org")
        );
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #1 priorisiert").await;
        assert!(one(&t, TEAM, "!verantwortlich #1 -").await.contains("braucht deshalb"));
        let portfolio = one(&t, TEAM, "!portfolio").await;
        assert!(portfolio.contains("verantwortlich: @ben:example.org"), "{portfolio}");
        let audit: Vec<(String, String, String, String, i64)> =
            sqlx::query_as("SELECT actor, action, record_kind, record_ref, created_at FROM audit_log ORDER BY id")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        assert_eq!(audit.len(), 3, "{audit:?}");
        assert_eq!(
            audit[0],
            (TEAM.into(), "owner".into(), "idea".into(), "1".into(), START_MS)
        );
    }
}

#[tokio::test]
async fn one_line_scores_name_the_wrong_part_and_store_nothing() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let cases = [
            ("wirkung=4 schoenheit=3", "„schoenheit“"),
            ("wirkung=7 akzeptanz=3", "„7“ für wirkung"),
            ("impact=x", "„x“ für wirkung"),
            ("wirkung=4 akzeptanz=3", "skalierung, machbarkeit, effizienz, buerger"),
            ("wirkung=4 wirkung=3", "wirkung steht zweimal"),
            ("super", "„super“"),
        ];
        for (args, expected) in cases {
            let reply = one(&t, TEAM, &format!("!bewerte #1 {args}")).await;
            assert!(reply.contains(expected), "{args}: {reply}");
        }
        assert!(one(&t, TEAM, "!bewerte").await.contains("wirkung=4"));
        assert!(
            one(&t, TEAM, "!bewerte #9 wirkung=4")
                .await
                .contains("#9 gibt es nicht")
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_scores").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
        // English keys and umlaut spellings.
        let reply = t
            .one(
                TEAM,
                "!score #1 impact=5 usability=5 scalability=5 feasibility=5 efficiency=5 Bürger=5",
            )
            .await;
        assert!(reply.contains("5,0"), "{reply}");
    }
}

#[tokio::test]
async fn scores_per_member_are_replaced_on_rescoring_and_shown_to_the_team_only() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        t.set_strategy_room_members(&[CDO]);
        one(
            &t,
            TEAM,
            "!bewerte #1 wirkung=1 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=1",
        )
        .await;
        let reply = one(&t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert!(reply.contains("3,8") && reply.contains("1 Bewertung"), "{reply}");
        let reply = one(
            &t,
            CDO,
            "!bewerte #1 wirkung=2 akzeptanz=3 skalierung=1 machbarkeit=2 effizienz=4 buerger=1",
        )
        .await;
        assert!(reply.contains("3,0") && reply.contains("2 Bewertung"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_scores").await, 2);
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(shown.contains("Bewertung (nur für das Strategieteam): 3,0"), "{shown}");
        assert!(shown.contains("Wirkungsorientierung 3,0"), "{shown}");
        let public = one(&t, BEN, "!idee #1").await;
        assert!(
            !public.contains("Bewertung (nur") && !public.contains("3,0"),
            "{public}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'score'").await,
            3
        );
    }
}

#[tokio::test]
async fn guided_scoring_asks_each_criterion_and_checks_the_answers() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let first = one(&t, TEAM, "!bewerte #1").await;
        assert!(first.contains("(1/6) Wirkungsorientierung"), "{first}");
        assert!(one(&t, TEAM, "7").await.contains("1 bis 5"));
        assert!(one(&t, TEAM, "super").await.contains("1 bis 5"));
        let mut last = String::new();
        for (step, answer) in ["4", "3", "5", "2", "4", "5"].iter().enumerate() {
            last = one(&t, TEAM, answer).await;
            if step < 5 {
                assert!(last.contains(&format!("({}/6)", step + 2)), "{last}");
            }
        }
        assert!(last.contains("3,8"), "{last}");
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
        let stored: (i64, i64, i64, i64, i64, i64) =
            sqlx::query_as("SELECT wirkung, akzeptanz, skalierung, machbarkeit, effizienz, buerger FROM idea_scores")
                .fetch_one(t.store().pool())
                .await
                .unwrap();
        assert_eq!(stored, (4, 3, 5, 2, 4, 5));
        // Cancelling stores nothing more.
        one(&t, TEAM, "!bewerte #1").await;
        one(&t, TEAM, "1").await;
        assert!(one(&t, TEAM, "!abbrechen").await.contains("abgebrochen"));
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 1);
    }
}

fn weighted_settings() -> lotse::bot::Settings {
    let mut settings = corekit::settings();
    // Only Wirkungsorientierung counts, twice as much as Fokus auf Bürger:innen.
    settings.scoring.weights = [2.0, 0.0, 0.0, 0.0, 0.0, 1.0];
    settings
}

#[tokio::test]
async fn portfolio_ranks_by_weighted_score_and_filters_by_status() {
    for t in backends_with(weighted_settings).await {
        for title in ["Alpha", "Beta", "Gamma", "Delta"] {
            one(&t, ANNA, &format!("!idee {title}")).await;
        }
        one(
            &t,
            TEAM,
            "!bewerte #1 wirkung=2 akzeptanz=5 skalierung=5 machbarkeit=5 effizienz=5 buerger=5",
        )
        .await;
        one(
            &t,
            TEAM,
            "!bewerte #2 wirkung=5 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=2",
        )
        .await;
        one(
            &t,
            TEAM,
            "!bewerte #3 wirkung=4 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=4",
        )
        .await;
        // Weighted: #1 = (4+5)/3 = 3.0, #2 = (10+2)/3 = 4.0, #3 = (8+4)/3 = 4.0 (tie: older first); #4 unscored.
        let portfolio = one(&t, TEAM, "!portfolio").await;
        let order: Vec<&str> = portfolio
            .lines()
            .skip(1)
            .map(|l| l.split(" – ").next().unwrap())
            .collect();
        assert_eq!(
            order,
            vec!["1. #2 Beta", "2. #3 Gamma", "3. #1 Alpha", "4. #4 Delta"],
            "{portfolio}"
        );
        assert!(
            portfolio.contains("Ø 4,0 (1)") && portfolio.contains("noch nicht bewertet"),
            "{portfolio}"
        );
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #4 abgelehnt passt nicht").await;
        let in_review = one(&t, TEAM, "!portfolio in-prüfung").await;
        assert!(
            in_review.contains("#1 Alpha") && !in_review.contains("#2 Beta"),
            "{in_review}"
        );
        assert!(
            !one(&t, TEAM, "!portfolio").await.contains("Delta"),
            "rejected ideas leave the default view"
        );
        assert!(one(&t, TEAM, "!portfolio abgelehnt").await.contains("Delta"));
        assert!(one(&t, TEAM, "!portfolio pilot").await.contains("keine Ideen"));
        assert!(one(&t, TEAM, "!portfolio quatsch").await.contains("!portfolio pilot"));
    }
}

#[tokio::test]
async fn long_portfolios_are_paged_within_the_reply_limits() {
    for t in backends().await {
        let long_title = "Ä".repeat(200);
        one(&t, ANNA, &format!("!fachbereich {}", "F".repeat(100))).await;
        for _ in 0..23 {
            one(&t, ANNA, &format!("!idee {long_title}")).await;
        }
        let out = send(&t, TEAM, "!portfolio").await;
        let page = &out[0];
        assert!(page.body.len() <= MAX_REPLY_BODY_BYTES && page.html.len() <= MAX_REPLY_HTML_BYTES);
        assert!(
            page.body.contains("Seite 1 von 3") && page.body.contains("!portfolio seite 2"),
            "{}",
            page.body
        );
        assert_eq!(page.body.lines().filter(|l| l.contains(". #")).count(), 10);
        let third = one(&t, TEAM, "!portfolio seite 3").await;
        assert_eq!(third.lines().filter(|l| l.contains(". #")).count(), 3, "{third}");
        assert!(
            third.contains("21. #") && !third.contains("!portfolio seite 4"),
            "{third}"
        );
        assert!(one(&t, TEAM, "!portfolio seite 4").await.contains("3 Seite"));
    }
}

#[tokio::test]
async fn reassessment_date_is_set_on_entering_active_statuses_and_reset_by_scores_and_neubewertet() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        one(&t, TEAM, "!status #1 in-pruefung").await;
        assert_eq!(next_reassessment(&t, 1).await, None);
        assert!(
            one(&t, TEAM, "!neubewertet #1")
                .await
                .contains("Neu bewertet werden nur")
        );

        let reply = one(&t, TEAM, "!status #1 priorisiert").await;
        let due = months_later(START_MS, 6, BERLIN);
        assert_eq!(next_reassessment(&t, 1).await, Some(due));
        let date = format_date(due, BERLIN);
        assert_eq!(date, "21.03.2027");
        assert!(reply.contains("Nächste Neubewertung: 21.03.2027"), "{reply}");
        assert!(one(&t, TEAM, "!idee #1").await.contains("21.03.2027"));
        assert!(one(&t, TEAM, "!portfolio").await.contains("Neubewertung 21.03.2027"));
        assert!(one(&t, TEAM, "!neubewertung").await.contains("Keine Neubewertung"));

        // Ten days before the date it is due; after the date it is overdue.
        t.clock.advance_ms(due - START_MS - 10 * DAY_MS);
        let list = one(&t, TEAM, "!neubewertung").await;
        assert!(
            list.contains("#1 Chatbot") && list.contains("fällig am 21.03.2027"),
            "{list}"
        );
        t.clock.advance_ms(11 * DAY_MS);
        let list = one(&t, TEAM, "!neubewertung").await;
        assert!(
            list.contains("überfällig seit 21.03.2027") && list.contains("@ben:example.org"),
            "{list}"
        );

        // A new score restarts the cycle from now.
        use lotse::clock::Clock;
        let now = t.clock.now_ms();
        let reply = one(&t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        assert!(reply.contains("22.09.2027"), "{reply}");
        assert!(one(&t, TEAM, "!neubewertung").await.contains("Keine Neubewertung"));

        // So does !neubewertet, with its note in the audit log.
        t.clock.advance_ms(30 * DAY_MS);
        let now = t.clock.now_ms();
        let reply = one(&t, TEAM, "!neubewertet #1 Nutzen bestätigt").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        assert!(reply.contains("21.10.2027"), "{reply}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'reassessed' AND detail = 'Nutzen bestätigt'")
                .await,
            1
        );

        // Entering pilot starts a new cycle; leaving the active statuses ends it.
        one(&t, TEAM, "!status #1 pilot").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        one(&t, TEAM, "!status #1 zurueckgestellt Pause").await;
        assert_eq!(next_reassessment(&t, 1).await, None);
    }
}

#[tokio::test]
async fn reassessment_period_is_configurable() {
    let three_months = || {
        let mut settings = corekit::settings();
        settings.scoring.reassessment_months = 3;
        settings
    };
    for t in backends_with(three_months).await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #1 priorisiert").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(START_MS, 3, BERLIN)));
    }
}

#[tokio::test]
async fn promoters_are_named_listed_and_removed_with_an_audit_trail() {
    for t in backends().await {
        assert!(one(&t, TEAM, "!rolle").await.contains("noch keine"));
        assert!(
            one(&t, TEAM, "!rolle Anna promotor Bauamt")
                .await
                .contains("keine vollständige Matrix-ID")
        );
        assert!(
            one(&t, TEAM, "!rolle @anna:example.org promotor")
                .await
                .contains("Für welchen Fachbereich")
        );
        assert!(
            one(&t, TEAM, "!rolle @anna:example.org chef")
                .await
                .contains("So benennen")
        );
        let out = send(&t, TEAM, "!rolle @anna:example.org promotor Bauamt").await;
        assert!(out[0].body.contains("Promotor:in für „Bauamt“"), "{}", out[0].body);
        assert_eq!(dms_to(&out, ANNA).len(), 1);
        one(&t, TEAM, "!role @ben:example.org promoter Bürgerservice").await;
        let list = one(&t, TEAM, "!rolle").await;
        assert!(list.contains("Bauamt: @anna:example.org") && list.contains("Bürgerservice: @ben:example.org"));
        assert!(
            one(&t, TEAM, "!rolle @anna:example.org entfernen")
                .await
                .contains("keine Promotor:in mehr")
        );
        assert!(
            one(&t, TEAM, "!rolle @anna:example.org entfernen")
                .await
                .contains("keine Rolle")
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM promoters").await, 1);
        let actions: Vec<(String, String, String)> =
            sqlx::query_as("SELECT actor, action, record_ref FROM audit_log ORDER BY id")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        assert_eq!(
            actions,
            vec![
                (TEAM.into(), "promoter".into(), ANNA.into()),
                (TEAM.into(), "promoter".into(), BEN.into()),
                (TEAM.into(), "promoter_removed".into(), ANNA.into()),
            ]
        );
        // Being a promoter does not make anyone a team member.
        assert!(one(&t, BEN, "!portfolio").await.contains("vorbehalten"));
    }
}

#[tokio::test]
async fn help_lists_team_commands_to_the_team_only() {
    for t in backends().await {
        let team_help = one(&t, TEAM, "!hilfe").await;
        for spec in COMMANDS {
            assert!(
                team_help.contains(&format!("!{} ", spec.name)),
                "team help lists !{}",
                spec.name
            );
        }
        let help = one(&t, ANNA, "!hilfe").await;
        assert!(
            !help.contains("!bewerte") && !help.contains("Strategieteam\n"),
            "{help}"
        );
        assert!(one(&t, ANNA, "!hilfe team").await.contains("!bewerte"));
    }
}

#[test]
fn scoring_weights_and_period_come_from_the_configuration() {
    use lotse::config::Config;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lotse.toml");
    let minimal =
        "[matrix]\nhomeserver = \"http://127.0.0.1:8008\"\nuser_id = \"@lotse:localhost\"\npassword = \"pw\"\n";
    std::fs::write(
        &path,
        format!("{minimal}[scoring]\nweight_wirkung = 2\nreassessment_months = 3\n"),
    )
    .unwrap();
    let env = |key: &str| (key == "LOTSE_SCORING_WEIGHT_BUERGER").then(|| "0,5".to_string());
    let config = Config::load(&path, env).unwrap();
    let settings = lotse::bot::Settings::from_config(&config);
    assert_eq!(settings.scoring.weights, [2.0, 1.0, 1.0, 1.0, 1.0, 0.5]);
    assert_eq!(settings.scoring.reassessment_months, 3);
    assert_eq!(settings.scoring.reassessment_notice_days, 14);
    for (bad, key) in [
        ("weight_effizienz = -1", "scoring.weight_effizienz"),
        ("reassessment_months = 0", "scoring.reassessment_months"),
        ("gewicht = 1", "gewicht"),
    ] {
        std::fs::write(&path, format!("{minimal}[scoring]\n{bad}\n")).unwrap();
        let error = format!("{:#}", Config::load(&path, |_| None).unwrap_err());
        assert!(error.contains(key), "{bad}: {error}");
    }
    let zero = "weight_wirkung = 0\nweight_akzeptanz = 0\nweight_skalierung = 0\nweight_machbarkeit = 0\nweight_effizienz = 0\nweight_buerger = 0";
    std::fs::write(&path, format!("{minimal}[scoring]\n{zero}\n")).unwrap();
    assert!(Config::load(&path, |_| None).is_err());
}
