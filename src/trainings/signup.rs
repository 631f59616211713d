//! Signing up for everyone: `!schulungen` (upcoming, with free seats), `!anmelden #N` (a seat or a
//! place on the waiting list), `!abmelden #N` (the first one waiting moves up and is told by DM),
//! `!meine-schulungen`. Seats are counted only after the training row is locked.

use super::fields::Level;
use super::queries::{self, CONFIRMED, Training, WAITING};
use super::reminders::refresher_due;
use super::{lock_active, manage, subject, training_ref};
use crate::bot::calendar::format_date;
use crate::bot::calendar::format_datetime;
use crate::bot::context::Ctx;
use crate::bot::i18n::{Args, t};
use crate::bot::users;
use anyhow::Result;

/// How many upcoming trainings `!schulungen` lists.
const LIST_LIMIT: i64 = 20;

/// Sends message `id` to `user` by DM, in their language.
pub(super) async fn tell(ctx: &mut Ctx<'_>, user: &str, id: &str, args: &Args<'_>, training: i64) -> Result<()> {
    let lang = users::profile(ctx.tx, user)
        .await?
        .language
        .unwrap_or(ctx.settings.default_language);
    let text = t(lang, id, args);
    ctx.direct_message(user, text, Some(subject(training)));
    Ok(())
}

/// Gives free seats of training `t` (locked by the caller) to the waiting list, first come first;
/// each promoted person is told by DM. Returns who moved up.
pub(super) async fn fill_seats(ctx: &mut Ctx<'_>, t: &Training) -> Result<Vec<String>> {
    let mut promoted = vec![];
    if t.is_cancelled() || ctx.now_ms >= t.starts_at {
        return Ok(promoted);
    }
    let (mut confirmed, _) = queries::counts(ctx.tx, t.id).await?;
    while confirmed < t.capacity {
        let Some(user) = queries::promote_first(ctx.tx, t.id, ctx.now_ms).await? else {
            break;
        };
        let args = [
            ("id", t.id.into()),
            ("title", t.title.clone().into()),
            ("when", format_datetime(t.starts_at, ctx.settings.timezone).into()),
            ("place", t.place.clone().into()),
        ];
        tell(ctx, &user, "training-promoted-dm", &args, t.id).await?;
        promoted.push(user);
        confirmed += 1;
    }
    Ok(promoted)
}

fn level_label(ctx: &Ctx<'_>, level: &str) -> String {
    Level::from_stored(level).map_or_else(|| level.to_string(), |l| ctx.t(l.label_id(), &[]))
}

/// `!schulungen` (upcoming trainings with their free seats), `!schulungen #N` (one of them).
pub async fn list(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if args.trim_start().starts_with('#') {
        let Some((id, _)) = training_ref(ctx, args, "trainings-none") else {
            return Ok(());
        };
        let Some(training) = queries::get(ctx.tx, id).await? else {
            ctx.reply("training-not-found", &[("id", id.into())]);
            return Ok(());
        };
        let mut text = manage::summary(ctx, &training);
        text.push('\n');
        text.push_str(&seats(ctx, &training).await?);
        text.push('\n');
        text.push_str(&ctx.t("trainings-hint", &[]));
        ctx.reply_text(text, Some(subject(id)));
        return Ok(());
    }
    let upcoming = queries::upcoming(ctx.tx, ctx.now_ms, LIST_LIMIT).await?;
    if upcoming.is_empty() {
        ctx.reply("trainings-none", &[]);
        return Ok(());
    }
    let mut text = ctx.t("trainings-heading", &[("count", upcoming.len().into())]);
    for training in &upcoming {
        let seats = seats(ctx, training).await?;
        let line = ctx.t(
            "trainings-line",
            &[
                ("id", training.id.into()),
                ("title", training.title.clone().into()),
                ("level", level_label(ctx, &training.level).into()),
                (
                    "when",
                    format_datetime(training.starts_at, ctx.settings.timezone).into(),
                ),
                ("place", training.place.clone().into()),
                ("seats", seats.into()),
            ],
        );
        text.push('\n');
        text.push_str(&line);
        if !training.departments.is_empty() {
            text.push_str(&ctx.t(
                "trainings-line-departments",
                &[("departments", training.departments.clone().into())],
            ));
        }
    }
    text.push('\n');
    text.push_str(&ctx.t("trainings-hint", &[]));
    ctx.reply_text(text, None);
    Ok(())
}

/// "3 of 20 seats free" or "fully booked, 2 waiting".
async fn seats(ctx: &mut Ctx<'_>, training: &Training) -> Result<String> {
    let (confirmed, waiting) = queries::counts(ctx.tx, training.id).await?;
    let free = (training.capacity - confirmed).max(0);
    Ok(if free > 0 {
        ctx.t(
            "trainings-seats-free",
            &[("free", free.into()), ("capacity", training.capacity.into())],
        )
    } else {
        ctx.t("trainings-seats-full", &[("waiting", waiting.into())])
    })
}

/// The training named in `args`, locked, if one may still sign up for or off it; otherwise
/// replies why not.
async fn open_training(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Result<Option<Training>> {
    let Some((id, _)) = training_ref(ctx, args, usage) else {
        return Ok(None);
    };
    lock_active(ctx, id).await
}

/// `!anmelden #N`: a seat while there is one, else a place on the waiting list.
pub async fn sign_up(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some(training) = open_training(ctx, args, "signup-usage").await? else {
        return Ok(());
    };
    let id = training.id;
    let when = format_datetime(training.starts_at, ctx.settings.timezone);
    if ctx.now_ms >= training.starts_at {
        ctx.reply("training-signup-closed", &[("id", id.into()), ("when", when.into())]);
        return Ok(());
    }
    let user = ctx.inbound.sender.clone();
    match queries::participation(ctx.tx, id, &user).await? {
        Some((state, _)) if state == CONFIRMED => {
            ctx.reply("training-already-signed-up", &[("id", id.into())]);
            return Ok(());
        }
        Some((_, place)) => {
            ctx.reply(
                "training-already-waiting",
                &[("id", id.into()), ("position", place.into())],
            );
            return Ok(());
        }
        None => {}
    }
    let (mut confirmed, mut waiting) = queries::counts(ctx.tx, id).await?;
    if confirmed < training.capacity && waiting > 0 {
        // Seats left over from before (should not happen): those waiting come first.
        fill_seats(ctx, &training).await?;
        (confirmed, waiting) = queries::counts(ctx.tx, id).await?;
    }
    let args = |position: i64| {
        vec![
            ("id", id.into()),
            ("title", training.title.clone().into()),
            ("when", when.clone().into()),
            ("place", training.place.clone().into()),
            ("position", position.into()),
        ]
    };
    if confirmed < training.capacity {
        queries::add_participant(ctx.tx, id, &user, CONFIRMED, ctx.now_ms).await?;
        ctx.reply("training-signed-up", &args(0));
    } else {
        queries::add_participant(ctx.tx, id, &user, WAITING, ctx.now_ms).await?;
        ctx.reply("training-waiting", &args(waiting + 1));
    }
    Ok(())
}

/// `!abmelden #N`: frees the seat (the first one waiting moves up) or leaves the waiting list.
pub async fn sign_off(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some(training) = open_training(ctx, args, "signoff-usage").await? else {
        return Ok(());
    };
    let id = training.id;
    let user = ctx.inbound.sender.clone();
    let Some((state, _)) = queries::participation(ctx.tx, id, &user).await? else {
        ctx.reply("training-not-signed-up", &[("id", id.into())]);
        return Ok(());
    };
    if state == CONFIRMED && ctx.now_ms >= training.starts_at {
        ctx.reply("training-signoff-started", &[("id", id.into())]);
        return Ok(());
    }
    queries::remove_participant(ctx.tx, id, &user).await?;
    if state == WAITING {
        ctx.reply("training-left-waiting", &[("id", id.into())]);
        return Ok(());
    }
    let promoted = fill_seats(ctx, &training).await?;
    let message = if promoted.is_empty() {
        "training-signed-off"
    } else {
        "training-signed-off-seat-passed"
    };
    ctx.reply(message, &[("id", id.into()), ("title", training.title.into())]);
    Ok(())
}

/// `!meine-schulungen`: one's sign-ups, places on waiting lists and completed trainings.
pub async fn mine(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    let user = ctx.inbound.sender.clone();
    match my_trainings(ctx, &user).await? {
        Some(text) => ctx.reply_text(text, None),
        None => ctx.reply("my-trainings-none", &[]),
    }
    Ok(())
}

/// The lines about `user`'s trainings (sign-ups, waiting places, completions with refresher
/// dates), or None if there are none; also used by `!meine-daten`.
/// Its part of `!meine-daten`: one's sign-ups, waiting places and completed trainings.
pub async fn my_data(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let user = ctx.inbound.sender.clone();
    Ok(match my_trainings(ctx, &user).await? {
        Some(trainings) => vec![ctx.t("my-data-trainings", &[]), trainings],
        None => vec![ctx.t("my-data-trainings-none", &[])],
    })
}

async fn my_trainings(ctx: &mut Ctx<'_>, user: &str) -> Result<Option<String>> {
    let sign_ups = queries::sign_ups_of(ctx.tx, user, ctx.now_ms).await?;
    let completions = queries::completions_of(ctx.tx, user).await?;
    if sign_ups.is_empty() && completions.is_empty() {
        return Ok(None);
    }
    let tz = ctx.settings.timezone;
    let mut lines = vec![];
    if !sign_ups.is_empty() {
        lines.push(ctx.t("my-trainings-upcoming", &[]));
        for (training, state, position) in &sign_ups {
            let args = [
                ("id", training.id.into()),
                ("title", training.title.clone().into()),
                ("when", format_datetime(training.starts_at, tz).into()),
                ("place", training.place.clone().into()),
                ("position", (*position).into()),
            ];
            let id = if state == CONFIRMED {
                "my-trainings-line-confirmed"
            } else {
                "my-trainings-line-waiting"
            };
            lines.push(ctx.t(id, &args));
        }
    }
    if !completions.is_empty() {
        lines.push(ctx.t("my-trainings-completed", &[]));
        let mut seen_levels = vec![];
        for c in &completions {
            // Latest first: only the latest completion of a level decides its refresher.
            let latest = !seen_levels.contains(&c.level);
            seen_levels.push(c.level.clone());
            let due = refresher_due(c.attended_at, ctx.settings);
            let id = match (latest, due <= ctx.now_ms) {
                (false, _) => "my-trainings-line-done",
                (true, false) => "my-trainings-line-done-refresher",
                (true, true) => "my-trainings-line-done-refresher-due",
            };
            let line = ctx.t(
                id,
                &[
                    ("id", c.training_id.into()),
                    ("title", c.title.clone().into()),
                    ("level", level_label(ctx, &c.level).into()),
                    ("date", format_date(c.attended_at, tz).into()),
                    ("due", format_date(due, tz).into()),
                ],
            );
            lines.push(line);
        }
    }
    Ok(Some(lines.join("\n")))
}
