//! Erasing a person (GDPR Art. 17): every capability's `erase` hook, then the core's own rows
//! (profile, dialogs, reminders, messages to them, their direct chats), then the person's id,
//! localpart and direct-chat ids replaced by their tombstone in whatever record is kept.
//! `preview` runs exactly the same inside a savepoint and rolls it back, so what the person is
//! shown beforehand is what the erasure will do.

use super::context::Ctx;
use super::i18n::t;
use super::registry;
use super::types::{Destination, Outbound};
use super::users;
use crate::store::{Match, Queued, Store, Tx, like_pattern, replace_in};
use anyhow::Result;

/// Whom an erasure is about, as every hook sees it.
#[derive(Debug, Clone)]
pub struct Erasure {
    pub user: String,
    /// What kept records say instead of the person ("gelöschte Person 3").
    pub tombstone: String,
    /// The ids of the person's direct chats with the bot.
    pub direct_rooms: Vec<String>,
    /// Their Fachbereich, read before their profile goes (for counts that keep no person).
    pub department: Option<String>,
}

/// What an erasure does with one kind of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Erased,
    /// Kept as the administration's record; the message says why and under which name.
    Kept,
}

/// One line of an erasure's account: a Fluent message that takes `$count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub message: &'static str,
    pub count: i64,
    pub fate: Fate,
}

impl Tally {
    /// A tally, or nothing when there is nothing of its kind.
    pub fn of(message: &'static str, count: i64, fate: Fate) -> Option<Tally> {
        (count > 0).then_some(Tally { message, count, fate })
    }
}

/// The tallies that are not empty, in order.
pub fn tallies<const N: usize>(items: [Option<Tally>; N]) -> Vec<Tally> {
    items.into_iter().flatten().collect()
}

/// What an erasure did.
#[derive(Debug, Clone)]
pub struct Done {
    pub tombstone: String,
    pub tallies: Vec<Tally>,
    /// The person's direct chats with the bot, which the bot should now leave.
    pub direct_rooms: Vec<String>,
}

/// What erasing `user` would do, without doing it (the savepoint is rolled back, replies too).
pub async fn preview(ctx: &mut Ctx<'_>, user: &str) -> Result<Vec<Tally>> {
    sqlx::query("SAVEPOINT erasure_preview").execute(&mut **ctx.tx).await?;
    let replies_before = ctx.replies.len();
    let erasure = about(
        ctx,
        user,
        t(
            ctx.settings.default_language,
            "erased-person",
            &[("number", 0_i64.into())],
        ),
    )
    .await?;
    let tallies = run(ctx, &erasure).await;
    ctx.replies.truncate(replies_before);
    sqlx::query("ROLLBACK TO SAVEPOINT erasure_preview")
        .execute(&mut **ctx.tx)
        .await?;
    sqlx::query("RELEASE SAVEPOINT erasure_preview")
        .execute(&mut **ctx.tx)
        .await?;
    tallies
}

/// Erases `user` inside the current transaction; the person gets the next tombstone number.
pub async fn erase(ctx: &mut Ctx<'_>, user: &str) -> Result<Done> {
    let (number,): (i64,) = sqlx::query_as("INSERT INTO erased_people (erased_at) VALUES ($1) RETURNING id")
        .bind(ctx.now_ms)
        .fetch_one(&mut **ctx.tx)
        .await?;
    let tombstone = t(
        ctx.settings.default_language,
        "erased-person",
        &[("number", number.into())],
    );
    let erasure = about(ctx, user, tombstone.clone()).await?;
    let tallies = run(ctx, &erasure).await?;
    let direct_rooms = erasure.direct_rooms.clone();
    ctx.erased = Some(erasure);
    Ok(Done {
        tombstone,
        tallies,
        direct_rooms,
    })
}

async fn about(ctx: &mut Ctx<'_>, user: &str, tombstone: String) -> Result<Erasure> {
    let mut direct_rooms: Vec<String> = Store::meta_in(ctx.tx, &direct_room_key(user))
        .await?
        .into_iter()
        .collect();
    let chats: Vec<(String,)> = sqlx::query_as("SELECT room_id FROM direct_chats WHERE user_id = $1 ORDER BY room_id")
        .bind(user)
        .fetch_all(&mut **ctx.tx)
        .await?;
    let current = (ctx.inbound.is_direct && ctx.inbound.sender == user).then(|| ctx.inbound.room_id.clone());
    for room in chats.into_iter().map(|(room,)| room).chain(current) {
        if !direct_rooms.contains(&room) {
            direct_rooms.push(room);
        }
    }
    let department = users::profile(ctx.tx, user).await?.department;
    Ok(Erasure {
        user: user.to_string(),
        tombstone,
        direct_rooms,
        department,
    })
}

/// Where the transport remembers the direct chat with `user`.
pub fn direct_room_key(user: &str) -> String {
    format!("dm_room:{user}")
}

async fn run(ctx: &mut Ctx<'_>, erasure: &Erasure) -> Result<Vec<Tally>> {
    let mut tallies = vec![];
    for hook in registry::all().iter().filter_map(|c| c.hooks.erase) {
        tallies.extend(hook(ctx, erasure).await?);
    }
    tallies.extend(core_rows(ctx.tx, erasure).await?);
    // Rooms first: a direct chat's id may hold the localpart, which the last step replaces.
    for room in &erasure.direct_rooms {
        Store::replace_everywhere(ctx.tx, room, "", Match::Identifier).await?;
    }
    let mut renamed = Store::replace_everywhere(ctx.tx, &erasure.user, &erasure.tombstone, Match::Identifier).await?;
    if let Some(localpart) = localpart(&erasure.user) {
        renamed += Store::replace_everywhere(ctx.tx, localpart, &erasure.tombstone, Match::Name).await?;
    }
    tallies.extend(Tally::of("erase-renamed", renamed as i64, Fate::Kept));
    Ok(tallies)
}

impl Erasure {
    /// Every text by which stored texts name the person, before the erasure replaces it: their
    /// id, their name (the localpart) and their direct chats.
    pub fn names(&self) -> Vec<&str> {
        let mut names = vec![self.user.as_str()];
        names.extend(localpart(&self.user));
        names.extend(self.direct_rooms.iter().map(String::as_str));
        names
    }
}

/// `anna` of `@anna:example.org`.
fn localpart(user: &str) -> Option<&str> {
    let local = user.strip_prefix('@')?.split(':').next()?;
    (!local.is_empty()).then_some(local)
}

/// The core's own rows about the person: profile, dialogs, reminders to or about them, the
/// messages behind their audit entries, messages addressed to them, and their direct chats.
async fn core_rows(tx: &mut Tx, erasure: &Erasure) -> Result<Vec<Tally>> {
    let user = erasure.user.as_str();
    let profile = sqlx::query("DELETE FROM users WHERE user_id = $1")
        .bind(user)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    let dialogs = sqlx::query("DELETE FROM dialogs WHERE user_id = $1")
        .bind(user)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    let reminders = forget_reminders_of(tx, user).await?;
    // The audit log keeps what they did under the tombstone, but not the messages they did it
    // with: on the homeserver those still name them.
    sqlx::query("UPDATE audit_log SET event_id = NULL WHERE actor = $1")
        .bind(user)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM direct_chats WHERE user_id = $1")
        .bind(user)
        .execute(&mut **tx)
        .await?;
    let messages = forget_messages_to(tx, erasure).await?;
    sqlx::query("DELETE FROM meta WHERE key = $1")
        .bind(direct_room_key(user))
        .execute(&mut **tx)
        .await?;
    Ok(tallies([
        Tally::of("erase-profile", (profile + dialogs) as i64, Fate::Erased),
        Tally::of("erase-reminders", reminders, Fate::Erased),
        Tally::of("erase-messages", messages, Fate::Erased),
    ]))
}

/// Deletes every reminder to or about `user` (their id in its record or payload, exactly);
/// returns how many of them were still pending.
async fn forget_reminders_of(tx: &mut Tx, user: &str) -> Result<i64> {
    let rows: Vec<(i64, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT id, record_key, payload, done_at FROM reminders \
         WHERE record_key LIKE $1 ESCAPE '\\' OR payload LIKE $1 ESCAPE '\\'",
    )
    .bind(like_pattern(user))
    .fetch_all(&mut **tx)
    .await?;
    let mut pending = 0;
    for (id, record_key, payload, done_at) in rows {
        let names = |text: &str| replace_in(text, user, "", Match::Identifier).is_some();
        if names(&record_key) || names(&payload) {
            sqlx::query("DELETE FROM reminders WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            pending += i64::from(done_at.is_none());
        }
    }
    Ok(pending)
}

/// Deletes every outbox row addressed to the person (sent or not) and takes them out of the
/// mentions of the others; returns how many deleted rows were still unsent.
async fn forget_messages_to(tx: &mut Tx, erasure: &Erasure) -> Result<i64> {
    let mut needles = vec![erasure.user.clone()];
    needles.extend(erasure.direct_rooms.iter().cloned());
    let mut unsent = 0;
    for needle in needles {
        let rows: Vec<(i64, String, Option<i64>)> =
            sqlx::query_as("SELECT id, payload, sent_at FROM outbox WHERE payload LIKE $1 ESCAPE '\\'")
                .bind(like_pattern(&needle))
                .fetch_all(&mut **tx)
                .await?;
        for (id, payload, sent_at) in rows {
            let Ok(message) = serde_json::from_str::<Outbound>(&payload) else {
                continue;
            };
            if addressed_to(&message, erasure) {
                sqlx::query("DELETE FROM outbox WHERE id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                unsent += i64::from(sent_at.is_none());
            } else if message.mentions.contains(&erasure.user) {
                let mut message = message;
                message.mentions.retain(|m| *m != erasure.user);
                sqlx::query("UPDATE outbox SET payload = $1 WHERE id = $2")
                    .bind(serde_json::to_string(&message)?)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            }
        }
    }
    Ok(unsent)
}

/// True if `message` goes to the erased person (their direct chat, or them by id).
fn addressed_to(message: &Outbound, erasure: &Erasure) -> bool {
    match &message.destination {
        Destination::DirectTo(to) => *to == erasure.user,
        Destination::Room(room) => erasure.direct_rooms.contains(room),
    }
}

/// Applies an erasure to messages not queued yet (the replies to earlier events of the same
/// batch): those to the person go, the others stop mentioning and naming them.
pub fn forget_in_messages(messages: &mut Vec<Queued>, erasure: &Erasure) {
    messages.retain(|queued| !addressed_to(&queued.message, erasure));
    let scrub = |text: &str| {
        let mut text = text.to_string();
        let mut replace = |needle: &str, by: &str, how| {
            if let Some(new) = replace_in(&text, needle, by, how) {
                text = new;
            }
        };
        for room in &erasure.direct_rooms {
            replace(room, "", Match::Identifier);
        }
        replace(&erasure.user, &erasure.tombstone, Match::Identifier);
        if let Some(localpart) = localpart(&erasure.user) {
            replace(localpart, &erasure.tombstone, Match::Name);
        }
        text
    };
    for Queued { message, .. } in messages.iter_mut() {
        message.mentions.retain(|m| *m != erasure.user);
        message.body = scrub(&message.body);
        message.html = scrub(&message.html);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_of_the_same_batch_forget_the_person_too() {
        let erasure = Erasure {
            user: "@anna:example.org".into(),
            tombstone: "gelöschte Person 4".into(),
            direct_rooms: vec!["!dm:example.org".into()],
            department: None,
        };
        let message = |destination: Destination, body: &str| Outbound {
            destination,
            body: body.into(),
            html: body.into(),
            thread_root: None,
            in_reply_to: None,
            mentions: vec!["@anna:example.org".into(), "@ben:example.org".into()],
            subject: None,
            attachment: None,
            leave_after: false,
            redacts: None,
        };
        let mut messages = vec![
            message(Destination::DirectTo("@anna:example.org".into()), "Hallo"),
            message(Destination::Room("!dm:example.org".into()), "Hallo"),
            message(
                Destination::Room("!team:example.org".into()),
                "@anna:example.org und Anna, nicht Johanna",
            ),
        ]
        .into_iter()
        .map(Queued::plain)
        .collect();
        forget_in_messages(&mut messages, &erasure);
        assert_eq!(messages.len(), 1);
        let kept = &messages[0].message;
        assert_eq!(kept.body, "gelöschte Person 4 und gelöschte Person 4, nicht Johanna");
        assert_eq!(kept.mentions, vec!["@ben:example.org".to_string()]);
    }

    #[test]
    fn localpart_is_the_name_before_the_server() {
        assert_eq!(localpart("@anna.b:example.org"), Some("anna.b"));
        assert_eq!(localpart("anna"), None);
        assert_eq!(localpart("@:x"), None);
    }
}
