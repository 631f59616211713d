//! The first start from a backup (`lotse backup` left its marker in the Matrix store): the copy
//! may hold outgoing room keys that the bot went on using after the backup, so every encrypted
//! room gets a new one before the bot speaks there again; no key index is then used twice. And
//! the warning an admin needs when the homeserver already holds one-time keys the restored copy
//! uploads again.

use crate::service::backup::RESTORE_MARKER;
use matrix_sdk::Client;
use std::path::Path;

/// Discards the outgoing room key of every encrypted room, then removes the marker. A room whose
/// key cannot be discarded keeps the marker, so the next start tries again.
pub(super) async fn start_new_room_keys(client: &Client, store_path: &Path) {
    let marker = store_path.join(RESTORE_MARKER);
    if !marker.exists() {
        return;
    }
    let mut rooms = 0;
    let mut failed = 0;
    // Every room, not only those known as encrypted: where no key exists, discarding is a no-op.
    for room in client.joined_rooms() {
        match room.discard_room_key().await {
            Ok(()) => rooms += 1,
            Err(e) => {
                failed += 1;
                tracing::warn!(error = %e, "could not start a new room key after the restore");
            }
        }
    }
    tracing::info!(
        rooms,
        failed,
        "started from a backup: encrypted rooms get new room keys"
    );
    if failed == 0
        && let Err(e) = std::fs::remove_file(&marker)
    {
        tracing::warn!(error = %e, "could not remove the backup marker; new room keys again at the next start");
    }
}

/// One warning, the first time the homeserver refuses one-time keys as already uploaded: after a
/// restore from an older backup, people who started an encrypted session with the bot in the
/// meantime used keys the copy no longer has. The SDK logs the bare fact; this says what it means.
pub(super) fn warn_on_duplicate_one_time_keys(client: &Client) {
    let mut errors = client.subscribe_to_duplicate_key_upload_errors();
    tokio::spawn(async move {
        if errors.recv().await.is_ok() {
            tracing::warn!(
                "the homeserver already holds one-time keys this session uploads again, as after a restore \
                 from an older backup: some people's encrypted messages may stay unreadable for the bot until \
                 it has started a new session with their app. If that persists, see README \"Sichern und \
                 wiederherstellen\""
            );
        }
    });
}
