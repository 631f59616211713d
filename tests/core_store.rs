//! The outbox: stable transaction ids, order, and an unreadable row that does not stall the rest.

mod corekit;

use corekit::backends;

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
        t.store().outbox_mark_sent(first[0].id, Some("$sent"), 1).await.unwrap();
        let rest = t.store().outbox_pending(10).await.unwrap();
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].id, first[1].id);
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
    use lotse::bot::types::InboundKind;
    for t in backends().await {
        let inbound = t.inbound(
            "@anna:example.org",
            corekit::ROOM,
            false,
            InboundKind::Message {
                body: "!idee kaputt".into(),
                mentions_bot: false,
            },
        );
        t.bot.give_up(&inbound).await.unwrap();
        t.bot.give_up(&inbound).await.unwrap();
        assert_eq!(t.bot.handle(&inbound).await.unwrap(), lotse::bot::Handled::Duplicate);
        let replies = t.outbox_after(0).await;
        assert_eq!(replies.len(), 1, "one apology on {}", t.backend);
        assert!(replies[0].body.contains("technischen Fehlers"), "{}", replies[0].body);
        assert_eq!(t.count("SELECT COUNT(*) FROM ideas").await, 0);
    }
}
