//! Core tests for the strategy team's roles: who is on the team (configured ids plus the live
//! strategy room, by user id only), every team command refused to others, promoters, and help.

use crate::corekit::team::*;
use crate::corekit::{TEAM, backends};
use lotse::bot::commands::{self, Role};

#[tokio::test]
async fn every_team_command_refuses_non_members_and_writes_nothing() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let team_commands: Vec<_> = commands::all().iter().filter(|c| c.role == Role::Team).collect();
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
async fn promoters_are_named_listed_and_removed_with_an_audit_trail() {
    for t in backends().await {
        assert!(one(&t, TEAM, "!rolle").await.contains("noch keine"));
        assert!(
            one(&t, TEAM, "!rolle Anna promotor Bauamt")
                .await
                .contains("wen Sie mit „Anna“ meinen")
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
                .contains("nicht mehr Promotor:in")
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
        assert!(team_help.contains("Für das Strategieteam: !hilfe team"), "{team_help}");
        for spec in commands::all() {
            let topic_help = one(&t, TEAM, &format!("!hilfe {}", spec.topic)).await;
            assert!(
                topic_help.contains(&format!("!{} ", spec.name)),
                "team help lists !{}",
                spec.name
            );
        }
        let help = one(&t, ANNA, "!hilfe").await;
        assert!(
            !help.contains("!bewerte") && !help.contains("!hilfe team") && !help.contains("Strategieteam\n"),
            "{help}"
        );
        assert!(one(&t, ANNA, "!hilfe team").await.contains("!bewerte"));
    }
}

/// Words a caseworker cannot act on, which no refusal may use.
const JARGON: &[&str] = &[
    "Berechtigungsstufe",
    "Moderator",
    "Konfiguration",
    "KI-Koordination",
    "power level",
    "moderator",
    "configuration",
];

#[tokio::test]
async fn without_a_contact_the_refusal_names_the_strategy_room_or_a_team_member() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        // Before the adapter knows the strategy room's name: a member of the team can help.
        let generic = one(&t, BEN, "!portfolio").await;
        assert!(
            generic.starts_with("!portfolio ist dem Strategieteam vorbehalten.")
                && generic.contains("bitten Sie ein Mitglied des Strategieteams")
                && generic.contains("zeigt !hilfe"),
            "{generic}"
        );
        // The adapter hands over the strategy room's name with its members.
        t.bot
            .team_roster()
            .set_strategy_room_name(Some("KI-Strategieteam".into()));
        let room = one(&t, BEN, "!bewerte #1").await;
        assert!(
            room.contains("bitten Sie ein Mitglied des Strategieteams, Sie im Raum „KI-Strategieteam“ freizuschalten"),
            "{room}"
        );
        one(&t, BEN, "!sprache en").await;
        let english = one(&t, BEN, "!status #1 pilot").await;
        assert!(
            english.contains("reserved for the strategy team") && english.contains("in the room “KI-Strategieteam”"),
            "{english}"
        );
        for text in [&generic, &room, &english] {
            for word in JARGON {
                assert!(!text.contains(word), "{word:?} in {text}");
            }
        }
    }
}

#[tokio::test]
async fn a_configured_contact_is_named_in_every_refusal() {
    const CONTACT: &str = "Frau Beispiel (KI-Koordination), Tel. 0341 123-4567";
    let with_contact = || {
        let mut settings = crate::corekit::settings();
        settings.access_contact = Some(CONTACT.into());
        settings
    };
    for t in crate::corekit::backends_with(with_contact).await {
        one(&t, ANNA, "!idee Chatbot").await;
        // The contact comes first, even when the strategy room has a name.
        t.bot
            .team_roster()
            .set_strategy_room_name(Some("KI-Strategieteam".into()));
        let reply = one(&t, BEN, "!portfolio").await;
        assert!(
            reply.contains(&format!("Dann wenden Sie sich bitte an {CONTACT}.")) && !reply.contains("Raum"),
            "{reply}"
        );
        // A team member who lost the team's rights in the middle of scoring hears the same.
        t.set_strategy_room_members(&[CDO]);
        assert!(one(&t, CDO, "!bewerte #1").await.contains("(1/6)"));
        t.set_strategy_room_members(&[]);
        let mid_dialog = one(&t, CDO, "4").await;
        assert!(
            mid_dialog.starts_with("!bewerte ist dem Strategieteam vorbehalten.") && mid_dialog.contains(CONTACT),
            "{mid_dialog}"
        );
        one(&t, BEN, "!sprache en").await;
        let english = one(&t, BEN, "!portfolio").await;
        assert!(
            english.contains(&format!("Then please contact {CONTACT}.")),
            "{english}"
        );
        for text in [&reply, &mid_dialog, &english] {
            for word in JARGON.iter().filter(|w| !CONTACT.contains(*w)) {
                assert!(!text.contains(word), "{word:?} in {text}");
            }
        }
    }
}
