//! The first start from a backup (`lotse backup` left its marker in the Matrix store): the copy
//! may hold outgoing room keys that the bot went on using after the backup, so every encrypted
//! room gets a new one before the bot speaks there again; no key index is then used twice.

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
