//! Logs that name nobody: events shaped like the Matrix SDK's own (the crypto store's
//! `/keys/query` warning with `user_id`, a room and an event in fields, spans and messages) go
//! through the production subscriber at the default level, and no identifier comes out.

use std::io::Write;
use std::sync::{Arc, Mutex};
use tracing_subscriber::fmt::MakeWriter;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

const USER: &str = "@anna.schmidt:rathaus.example.org";
const ROOM: &str = "!XyZabc123:rathaus.example.org";
const EVENT: &str = "$9fQnUgYp0XzvK5Iy2q8mD3bWc7aLrTe1sHjNkVoBxZu";

#[test]
fn the_default_log_names_no_user_room_or_event_from_any_source() {
    let captured = Captured::default();
    let subscriber = lotse::matrix::logging::subscriber(lotse::matrix::DEFAULT_LOG_FILTER, captured.clone());
    tracing::subscriber::with_default(subscriber, || {
        tracing::warn!(
            target: "matrix_sdk_crypto::store",
            user_id = USER,
            "The user has a pending /keys/query request which did not finish yet, some devices might be missing."
        );
        let span = tracing::warn_span!(target: "matrix_sdk::room", "send", room_id = ROOM);
        let _entered = span.enter();
        tracing::error!(target: "matrix_sdk::sync", event_id = EVENT, ?USER, "could not decrypt {EVENT} in {ROOM}");
        tracing::warn!(
            url = "https://hs/_matrix/client/v3/rooms/%21XyZabc123%3Arathaus.example.org/send",
            "request failed"
        );
        tracing::info!(target: "lotse::matrix", "creating a direct chat with {USER}");
        tracing::debug!(user = USER, "debug is not shown at the default level");
    });
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("pending /keys/query request"),
        "the warning itself is kept:\n{log}"
    );
    assert!(log.contains("creating a direct chat"), "{log}");
    assert_eq!(log.lines().count(), 4, "{log}");
    for secret in ["anna", "schmidt", "XyZabc123", "9fQnUgYp0XzvK5", "%21XyZ"] {
        assert!(!log.contains(secret), "{secret} is in the log:\n{log}");
    }
    assert!(log.contains("@[user]") && log.contains("![room]"), "{log}");
}
