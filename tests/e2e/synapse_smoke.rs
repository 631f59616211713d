//! Proves the e2e harness: real Synapse, two users, plain and encrypted rooms, restart.

use crate::support::{Synapse, TestUser, WAIT};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_users_talk_through_synapse() {
    let synapse = Synapse::start(false);
    let alice = TestUser::new(&synapse, "alice").await;
    let bob = TestUser::new(&synapse, "bob").await;
    let admin = synapse.register("admin", "admin-password", true).await;
    assert_eq!(admin, "@admin:localhost");

    for encrypted in [false, true] {
        let room = alice.create_room("Smoke", encrypted, &[bob.user_id.as_str()]).await;
        let invite = bob.wait_for_invite(WAIT).await;
        assert_eq!(invite, room);
        bob.join(&room).await;
        alice.wait_for_member(&room, bob.user_id.as_str(), WAIT).await;

        let sent = alice.send_text(&room, "Hallo Bob").await;
        let got = bob.wait_for_messages(&room, alice.user_id.as_str(), 1, WAIT).await;
        assert_eq!(got[0].event_id, sent.as_str());
        assert_eq!(got[0].body, "Hallo Bob");
        assert_eq!(got[0].msgtype, "m.text");
        assert_eq!(got[0].encrypted, encrypted);

        let notice = serde_json::json!({"msgtype": "m.notice", "body": "Hinweis", "format": "org.matrix.custom.html",
            "formatted_body": "<b>Hinweis</b>", "m.relates_to": {"m.in_reply_to": {"event_id": sent}}});
        alice.send_json(&room, "m.room.message", notice).await;
        let notices = bob.wait_for_notices(&room, alice.user_id.as_str(), 1, WAIT).await;
        assert_eq!(notices[0].formatted_body.as_deref(), Some("<b>Hinweis</b>"));
        assert_eq!(notices[0].in_reply_to.as_deref(), Some(sent.as_str()));

        bob.send_reaction(&room, &sent, "👍").await;
        let edit = alice.edit(&room, &sent, "Hallo Bob!").await;
        let edited = bob.wait_for_messages(&room, alice.user_id.as_str(), 1, WAIT).await;
        assert_eq!(edited[0].replaces.as_deref(), Some(sent.as_str()));
        alice.redact(&room, &edit).await;
        bob.assert_no_messages(&room, alice.user_id.as_str(), Duration::from_millis(300))
            .await;

        let history = bob.history_messages(&room, alice.user_id.as_str()).await;
        let history: Vec<_> = history.into_iter().filter(|m| !m.body.is_empty()).collect();
        let bodies: Vec<&str> = history.iter().map(|m| m.body.as_str()).collect();
        assert_eq!(bodies, ["Hallo Bob", "Hinweis"], "history: {history:?}");
        assert!(history.iter().all(|m| m.encrypted == encrypted));
    }

    let dm = alice.create_dm(bob.user_id.as_str()).await;
    assert_eq!(bob.wait_for_invite(WAIT).await, dm);
    bob.join(&dm).await;

    // An outage: the same server comes back on the same port and the clients carry on.
    synapse.stop();
    synapse.restart();
    alice.send_text(&dm, "nach dem Neustart").await;
    let got = bob.wait_for_messages(&dm, alice.user_id.as_str(), 1, WAIT).await;
    assert_eq!(got[0].body, "nach dem Neustart");
    assert!(got[0].encrypted);
}
