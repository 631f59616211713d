//! Commands that take a person: a mention pill (display name in the text, user id in the event's
//! mentions), a display name that exactly one member of the room has, and one that several have.

use crate::corekit::team::*;
use crate::corekit::{ROOM, TEAM, TestBot, backends};
use lotse::bot::people::{Directory, Member, MembersFuture};
use lotse::bot::types::InboundKind;
use std::sync::Arc;

/// The shared room's members as the transport would tell them.
#[derive(Debug)]
struct Room(Vec<Member>);

impl Directory for Room {
    fn members<'a>(&'a self, room_id: &'a str) -> MembersFuture<'a> {
        let members = if room_id == ROOM { self.0.clone() } else { vec![] };
        Box::pin(async move { members })
    }
}

const ANNA_SCHMIDT: &str = "@a.schmidt:example.org";

fn with_members(t: &TestBot) {
    let member = |id: &str, name: &str| Member {
        user_id: id.into(),
        display_name: Some(name.into()),
    };
    t.bot.set_directory(Arc::new(Room(vec![
        member(ANNA, "Anna Schmidt"),
        member(ANNA_SCHMIDT, "Anna Schmidt"),
        member(BEN, "Ben Beispiel"),
        member(TEAM, "Tess Team"),
    ])));
}

/// `body` from the team in the shared room, mentioning `mentions` as Element's pills do.
async fn with_pill(t: &TestBot, body: &str, mentions: &[&str]) -> String {
    let kind = InboundKind::Message {
        body: body.into(),
        mentions_bot: false,
        mentions: mentions.iter().map(|m| m.to_string()).collect(),
    };
    let out = t.event(t.inbound(TEAM, ROOM, false, kind)).await;
    out.into_iter()
        .find(|m| m.destination == lotse::bot::types::Destination::Room(ROOM.into()))
        .map(|m| m.body)
        .unwrap_or_default()
}

async fn owner_of_first_idea(t: &TestBot) -> Option<String> {
    let (owner,): (Option<String>,) = sqlx::query_as("SELECT owner FROM ideas WHERE id = 1")
        .fetch_one(t.store().pool())
        .await
        .unwrap();
    owner
}

#[tokio::test]
async fn a_pill_names_the_person_even_when_the_name_is_shared() {
    for t in backends().await {
        with_members(&t);
        one(&t, ANNA, "!idee Chatbot").await;
        let reply = with_pill(&t, "!verantwortlich #1 Anna Schmidt", &[ANNA_SCHMIDT]).await;
        assert!(
            reply.contains(&format!("{ANNA_SCHMIDT} ist jetzt verantwortlich")),
            "{reply}"
        );
        assert_eq!(owner_of_first_idea(&t).await.as_deref(), Some(ANNA_SCHMIDT));

        let reply = with_pill(&t, "!rolle Anna Schmidt promotor Bauamt", &[ANNA]).await;
        assert!(
            reply.contains(&format!("{ANNA} ist jetzt Promotor:in für „Bauamt“")),
            "{reply}"
        );
    }
}

#[tokio::test]
async fn a_display_name_works_when_exactly_one_member_has_it() {
    for t in backends().await {
        with_members(&t);
        one(&t, ANNA, "!idee Chatbot").await;
        let reply = one(&t, TEAM, "!verantwortlich #1 ben beispiel").await;
        assert!(reply.contains(&format!("{BEN} ist jetzt verantwortlich")), "{reply}");
        assert_eq!(owner_of_first_idea(&t).await.as_deref(), Some(BEN));
        let reply = one(&t, TEAM, "!rolle @Ben Beispiel promotor Bürgerservice").await;
        assert!(reply.contains(&format!("{BEN} ist jetzt Promotor:in")), "{reply}");
    }
}

#[tokio::test]
async fn an_ambiguous_display_name_is_asked_about_and_changes_nothing() {
    for t in backends().await {
        with_members(&t);
        one(&t, ANNA, "!idee Chatbot").await;
        let reply = one(&t, TEAM, "!verantwortlich #1 Anna Schmidt").await;
        assert!(
            reply.contains(&format!(
                "„Anna Schmidt“ heißen in diesem Raum mehrere Personen: {ANNA}, {ANNA_SCHMIDT}"
            )),
            "{reply}"
        );
        assert_eq!(owner_of_first_idea(&t).await, None);
        let reply = one(&t, TEAM, "!rolle Anna Schmidt promotor Bauamt").await;
        assert!(reply.contains("mehrere Personen"), "{reply}");
        let reply = one(&t, TEAM, "!verantwortlich #1 Frau Müller").await;
        assert!(
            reply.contains("Ich weiß nicht, wen Sie mit „Frau Müller“ meinen"),
            "{reply}"
        );
    }
}

#[tokio::test]
async fn words_after_a_name_make_it_unclear_instead_of_naming_someone_else() {
    for t in backends().await {
        with_members(&t);
        one(&t, ANNA, "!idee Chatbot").await;
        // Only a "Ben Beispiel" is in the room: "Ben Beispiel Junior" is somebody else.
        let reply = one(&t, TEAM, "!verantwortlich #1 Ben Beispiel Junior").await;
        assert!(reply.contains("„Ben Beispiel Junior“"), "{reply}");
        assert_eq!(owner_of_first_idea(&t).await, None);
        let reply = one(&t, TEAM, "!verantwortlich #1 @ben:example.org @anna:example.org").await;
        assert!(reply.contains("Ich weiß nicht, wen Sie"), "{reply}");
        assert_eq!(owner_of_first_idea(&t).await, None);
        // Never the bot itself, and never an empty name.
        for text in ["@lotse:example.org", "@", ","] {
            let reply = one(&t, TEAM, &format!("!verantwortlich #1 {text}")).await;
            assert!(!reply.contains("ist jetzt verantwortlich"), "{text}: {reply}");
        }
        assert_eq!(owner_of_first_idea(&t).await, None);

        // The same for an AI tool's responsible person.
        t.one(TEAM, "!ki-tool neu Formularhilfe | Bürgerservice | Füllt Formulare vor")
            .await;
        let reply = one(&t, TEAM, "!ki-tool #1 ändern verantwortlich Ben Beispiel Junior").await;
        assert!(reply.contains("Ich weiß nicht, wen Sie meinen"), "{reply}");
        let reply = one(&t, TEAM, "!ki-tool #1 ändern verantwortlich Ben Beispiel").await;
        assert!(!reply.contains("Ich weiß nicht"), "{reply}");
        let (owner,): (Option<String>,) = sqlx::query_as("SELECT owner FROM ai_tools WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(owner.as_deref(), Some(BEN));
    }
}

#[tokio::test]
async fn attendance_takes_names_separated_by_commas_and_records_nothing_while_one_is_unclear() {
    for t in backends().await {
        with_members(&t);
        t.one(
            TEAM,
            "!schulung neu KI-Grundlagen | grundlagen | 12.03.2027 14:00 | 1,5 h | Raum 1.23 | 10",
        )
        .await;
        let start = chrono::DateTime::parse_from_rfc3339("2027-03-12T15:00:00+01:00")
            .unwrap()
            .timestamp_millis();
        t.fire_at(start).await;
        let reply = one(&t, TEAM, "!teilnahme #1 Ben Beispiel, Frau Müller").await;
        assert!(reply.contains("Ich habe noch nichts erfasst"), "{reply}");
        assert!(reply.contains("Frau"), "{reply}");
        let reply = one(&t, TEAM, "!teilnahme #1 Ben Beispiel, tess team").await;
        assert!(reply.contains(BEN) && reply.contains(TEAM), "{reply}");
        let (recorded,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM training_attendance")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(recorded, 2);
    }
}
