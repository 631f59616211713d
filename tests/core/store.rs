//! The outbox: stable transaction ids, order, the count of unsent rows, and an unreadable row that
//! does not stall the rest.

use crate::corekit::{self, backends};

#[tokio::test]
async fn outbox_rows_keep_their_transaction_id_and_a_broken_row_is_set_aside() {
    for t in backends().await {
        t.one("@anna:example.org", "!idee Eins").await;
        sqlx::query("INSERT INTO outbox (payload, created_at) VALUES ('{kaputt', 0)")
            .execute(t.store().pool())
            .await
            .unwrap();
        t.one("@anna:example.org", "!idee Zwei").await;
        let first = t.store().outbox_pending(10).await.unwrap();
        assert_eq!(first.len(), 2, "the unreadable row is skipped on {}", t.backend);
        assert!(first[0].message.body.contains("Eins") && first[1].message.body.contains("Zwei"));
        let again = t.store().outbox_pending(10).await.unwrap();
        assert_eq!(
            first.iter().map(|p| &p.txn_id).collect::<Vec<_>>(),
            again.iter().map(|p| &p.txn_id).collect::<Vec<_>>()
        );
        assert_ne!(first[0].txn_id, first[1].txn_id);
        assert_eq!(t.store().outbox_unsent_up_to(5).await.unwrap(), 2, "on {}", t.backend);
        assert_eq!(
            t.store().outbox_unsent_up_to(1).await.unwrap(),
            1,
            "counted up to the limit"
        );
        t.store().outbox_mark_sent(first[0].id, Some("$sent"), 1).await.unwrap();
        let rest = t.store().outbox_pending(10).await.unwrap();
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].id, first[1].id);
        assert_eq!(t.store().outbox_unsent_up_to(5).await.unwrap(), 1);
    }
}

#[tokio::test]
async fn nul_characters_are_dropped_so_both_backends_store_the_text() {
    for t in backends().await {
        let reply = t.one("@anna:example.org", "!idee KI\u{0} im Bauamt").await;
        assert!(reply.contains("KI im Bauamt"), "{reply} on {}", t.backend);
        t.one("@anna:example.org", "!fachbereich Bau\u{0}amt").await;
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 1);
    }
}

#[tokio::test]
async fn an_event_given_up_is_recorded_and_the_sender_told_once() {
    for t in backends().await {
        let inbound = t.message("@anna:example.org", corekit::ROOM, false, "!idee kaputt");
        t.bot.give_up(&inbound).await.unwrap();
        t.bot.give_up(&inbound).await.unwrap();
        assert_eq!(t.bot.handle(&inbound).await.unwrap(), lotse::bot::Handled::Duplicate);
        let replies = t.outbox_after(0).await;
        assert_eq!(replies.len(), 1, "one apology on {}", t.backend);
        assert!(replies[0].body.contains("technischen Fehlers"), "{}", replies[0].body);
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
    }
}

/// A sync batch is committed in one transaction: in order (a dialog started by one event is
/// continued by the next), every event once, duplicates skipped, and nothing at all on failure.
#[tokio::test]
async fn a_batch_of_events_is_committed_together_in_order_and_once() {
    use lotse::bot::Handled;
    for t in backends().await {
        let message = |body: &str| t.message("@anna:example.org", corekit::ROOM, false, body);
        let first = message("!idee Terminbuchung");
        let batch = vec![
            first.clone(),
            message("!idee"),
            message("Chatbot im Bürgeramt"),
            first.clone(),
        ];
        let handled = t.bot.handle_batch(&batch).await.unwrap();
        assert_eq!(
            handled,
            vec![
                Handled::Processed,
                Handled::Processed,
                Handled::Processed,
                Handled::Duplicate
            ],
            "{}",
            t.backend
        );
        let replies = t.outbox_after(0).await;
        assert_eq!(replies.len(), 3, "{replies:?}");
        assert!(replies[0].body.contains("#1"), "{}", replies[0].body);
        assert_eq!(replies[2].in_reply_to.as_deref(), Some(batch[2].event_id.as_str()));
        // Again, as after a crash before the sync position moved: all duplicates, nothing new.
        let again = t.bot.handle_batch(&batch).await.unwrap();
        assert!(again.iter().all(|h| *h == Handled::Duplicate), "{again:?}");
        assert_eq!(t.outbox_after(0).await.len(), 3);

        // A batch the database refuses (here: the ideas table is missing for a moment) leaves
        // nothing behind, not even the events' processed marks.
        let fine = message("!hilfe");
        let refused = message("!idee Kommt nicht an");
        let before = t.count("SELECT COUNT(*) FROM ideas").await;
        sqlx::query("ALTER TABLE ideas RENAME TO ideas_away")
            .execute(t.store().pool())
            .await
            .unwrap();
        assert!(t.bot.handle_batch(&[fine.clone(), refused]).await.is_err());
        sqlx::query("ALTER TABLE ideas_away RENAME TO ideas")
            .execute(t.store().pool())
            .await
            .unwrap();
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, before);
        assert_eq!(
            t.bot.handle(&fine).await.unwrap(),
            Handled::Processed,
            "not marked processed by the failed batch"
        );
    }
}

/// A batch larger than one multi-row statement carries (100 rows): every event is marked and
/// answered once, the replies queued in the events' order.
#[tokio::test]
async fn a_large_batch_is_marked_and_answered_in_order() {
    use lotse::bot::Handled;
    for t in backends().await {
        let batch: Vec<_> = (1..=230)
            .map(|i| {
                t.message(
                    &format!("@user{}:example.org", i % 7),
                    corekit::ROOM,
                    false,
                    format!("!idee Vorschlag {i}"),
                )
            })
            .collect();
        let handled = t.bot.handle_batch(&batch).await.unwrap();
        assert!(handled.iter().all(|h| *h == Handled::Processed), "{}", t.backend);
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 230);
        assert_eq!(t.count("SELECT COUNT(*) FROM processed_events").await, 230);
        let replies = t.outbox_after(0).await;
        assert_eq!(replies.len(), 230, "on {}", t.backend);
        for (i, (reply, inbound)) in replies.iter().zip(&batch).enumerate() {
            assert!(reply.body.contains(&format!("Vorschlag {}", i + 1)), "{}", reply.body);
            assert_eq!(reply.in_reply_to.as_deref(), Some(inbound.event_id.as_str()));
        }
        let again = t.bot.handle_batch(&batch).await.unwrap();
        assert!(again.iter().all(|h| *h == Handled::Duplicate), "{}", t.backend);
        assert_eq!(t.outbox_after(0).await.len(), 230);
    }
}

#[tokio::test]
async fn the_outbox_gives_turns_round_robin_answers_first_and_keeps_each_conversation_in_order() {
    use lotse::bot::types::{Destination, Outbound};
    use lotse::store::{Queued, Store};
    let message = |destination: Destination, thread: Option<&str>, body: &str| Outbound {
        destination,
        body: body.into(),
        html: body.into(),
        thread_root: thread.map(str::to_string),
        in_reply_to: thread.map(str::to_string),
        mentions: vec![],
        subject: None,
        attachment: None,
        leave_after: false,
        redacts: None,
    };
    let room = |id: &str| Destination::Room(id.into());
    let person = |id: &str| Destination::DirectTo(id.into());
    let answer = |m: Outbound| Queued {
        message: m,
        erase_when_sent: false,
        answer: true,
    };
    let bulk = |m: Outbound| Queued {
        message: m,
        erase_when_sent: false,
        answer: false,
    };
    let queued = vec![
        // A flood in room A: four commands, each answered in its own thread.
        answer(message(room("!a:x"), Some("$a1"), "a1")),
        answer(message(room("!a:x"), Some("$a2"), "a2")),
        answer(message(room("!a:x"), Some("$a3"), "a3")),
        answer(message(room("!a:x"), Some("$a4"), "a4")),
        // Bulk: an announcement in room B, a reminder wave to two people.
        bulk(message(room("!b:x"), None, "b")),
        bulk(message(person("@p1:x"), None, "p1")),
        bulk(message(person("@p2:x"), None, "p2")),
        // A notice to Carla's direct chat, then the answer to her own command there.
        bulk(message(person("@carla:x"), None, "carla notice")),
        answer(message(person("@carla:x"), None, "carla answer")),
        // The bystander's single command in room C, last of all.
        answer(message(room("!c:x"), Some("$c1"), "c1")),
    ];
    let key = |body: &str| {
        queued
            .iter()
            .find(|q| q.message.body == body)
            .unwrap()
            .message
            .conversation()
    };
    for t in backends().await {
        let mut tx = t.store().begin().await.unwrap();
        let ids = Store::outbox_push_all(&mut tx, &queued, 0).await.unwrap();
        tx.commit().await.unwrap();

        let conversations =
            |turns: Vec<lotse::store::Turn>| -> Vec<String> { turns.into_iter().map(|t| t.conversation).collect() };
        let turns = conversations(t.store().outbox_turns(50).await.unwrap());
        let expected: Vec<String> = ["a1", "c1", "b", "p1", "p2", "carla notice", "a2", "a3", "a4"]
            .map(key)
            .to_vec();
        assert_eq!(turns, expected, "on {}", t.backend);
        assert_eq!(
            conversations(t.store().outbox_turns(2).await.unwrap()),
            expected[..2],
            "limited"
        );

        // Within Carla's direct chat the answer waits for the notice queued before it.
        let carla = key("carla notice");
        let first = t.store().outbox_next_in(&carla).await.unwrap().unwrap();
        assert_eq!(first.message.body, "carla notice");
        t.store().outbox_mark_sent(first.id, Some("$sent"), 1).await.unwrap();
        let second = t.store().outbox_next_in(&carla).await.unwrap().unwrap();
        assert_eq!(second.message.body, "carla answer");

        // Once A's first answer is sent, its second one takes A's first turn.
        t.store().outbox_mark_sent(ids[0], Some("$a1-sent"), 1).await.unwrap();
        let turns = conversations(t.store().outbox_turns(50).await.unwrap());
        assert_eq!(&turns[..2], &[key("a2"), key("carla answer")], "on {}", t.backend);
        assert_eq!(turns.len(), 8);

        // The reply to a command is queued as an answer.
        t.one("@anna:example.org", "!idee Eins").await;
        assert_eq!(
            t.count("SELECT COUNT(*) FROM outbox WHERE answer = 1 AND payload LIKE '%Eins%'")
                .await,
            1
        );
    }
}
