//! `!schulung #N` for the strategy team: show a training with its participants, change a field
//! (`#N ändern plätze 30`: more seats promote from the waiting list, fewer than taken are refused;
//! a new date or place is told to everyone by DM) and cancel it (`#N absagen`, everyone told).

use super::fields::{self, Level, format_duration};
use super::plan::{self, FieldValue};
use super::queries::{self, CONFIRMED, Training, WAITING};
use super::{Field, reminders, signup, subject};
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_datetime;
use crate::bot::context::Ctx;
use crate::bot::parser::fold_word;
use anyhow::Result;

/// The lines describing a training: title, level, date, duration, place, target Fachbereiche.
pub(super) fn summary(ctx: &Ctx<'_>, t: &Training) -> String {
    let level = Level::from_stored(&t.level).map_or_else(|| t.level.clone(), |l| ctx.t(l.label_id(), &[]));
    let mut text = ctx.t(
        "training-summary",
        &[
            ("id", t.id.into()),
            ("title", t.title.clone().into()),
            ("level", level.into()),
            ("when", format_datetime(t.starts_at, ctx.settings.timezone).into()),
            ("duration", format_duration(t.duration_minutes, ctx.lang).into()),
            ("place", t.place.clone().into()),
            ("capacity", t.capacity.into()),
        ],
    );
    if !t.departments.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t(
            "training-summary-departments",
            &[("departments", t.departments.clone().into())],
        ));
    }
    if t.is_cancelled() {
        text.push('\n');
        text.push_str(&ctx.t("training-summary-cancelled", &[]));
    }
    text
}

/// `!schulung #N`: a training with its participants and waiting list (team).
pub(super) async fn show(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(training) = queries::get(ctx.tx, id).await? else {
        ctx.reply("training-not-found", &[("id", id.into())]);
        return Ok(());
    };
    let confirmed = queries::participants(ctx.tx, id, CONFIRMED).await?;
    let waiting = queries::participants(ctx.tx, id, WAITING).await?;
    let mut text = summary(ctx, &training);
    text.push('\n');
    let list = |people: &[String]| {
        if people.is_empty() {
            "–".to_string()
        } else {
            people.join(", ")
        }
    };
    text.push_str(&ctx.t(
        "training-show-participants",
        &[
            ("count", confirmed.len().into()),
            ("capacity", training.capacity.into()),
            ("names", list(&confirmed).into()),
        ],
    ));
    if !waiting.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t(
            "training-show-waiting",
            &[("count", waiting.len().into()), ("names", list(&waiting).into())],
        ));
    }
    text.push('\n');
    text.push_str(&ctx.t("training-show-hint", &[("id", id.into())]));
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

impl Field {
    /// The field a word of `!schulung #N ändern <Feld> <Wert>` names (German or English).
    fn parse(word: &str) -> Option<Field> {
        Some(match fold_word(word).trim_end_matches(':') {
            "titel" | "title" | "name" => Field::Title,
            "stufe" | "niveau" | "level" => Field::Level,
            "datum" | "termin" | "zeit" | "date" | "time" => Field::Date,
            "dauer" | "duration" => Field::Duration,
            "ort" | "raum" | "link" | "place" | "room" => Field::Place,
            "plaetze" | "platze" | "platz" | "kapazitaet" | "seats" | "capacity" => Field::Capacity,
            "fachbereiche" | "fachbereich" | "zielgruppe" | "departments" => Field::Departments,
            _ => return None,
        })
    }
}

/// `!schulung #N ändern <Feld> <Wert>`.
pub(super) async fn change(ctx: &mut Ctx<'_>, id: i64, args: &str) -> Result<()> {
    let (word, value) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let value = value.trim();
    let Some(field) = Field::parse(word).filter(|_| !value.is_empty()) else {
        ctx.reply("training-change-usage", &[("id", id.into())]);
        return Ok(());
    };
    if super::lock_active(ctx, id).await?.is_none() {
        return Ok(());
    }
    let mut promoted = vec![];
    let mut notify = None;
    let Some(checked) = plan::check(ctx, field, value) else {
        return Ok(());
    };
    match checked {
        FieldValue::Title(title) => queries::set_text(ctx.tx, id, "title", &title, ctx.now_ms).await?,
        FieldValue::Level(level) => queries::set_text(ctx.tx, id, "level", level.as_str(), ctx.now_ms).await?,
        FieldValue::Date(at) => {
            queries::set_number(ctx.tx, id, "starts_at", at, ctx.now_ms).await?;
            notify = Some("training-moved-dm");
        }
        FieldValue::Duration(minutes) => {
            queries::set_number(ctx.tx, id, "duration_minutes", minutes, ctx.now_ms).await?;
        }
        FieldValue::Place(place) => {
            queries::set_text(ctx.tx, id, "place", &place, ctx.now_ms).await?;
            notify = Some("training-place-changed-dm");
        }
        FieldValue::Capacity(capacity) => {
            let (confirmed, _) = queries::counts(ctx.tx, id).await?;
            if capacity < confirmed {
                ctx.reply(
                    "training-capacity-below",
                    &[
                        ("id", id.into()),
                        ("capacity", capacity.into()),
                        ("confirmed", confirmed.into()),
                    ],
                );
                return Ok(());
            }
            queries::set_number(ctx.tx, id, "capacity", capacity, ctx.now_ms).await?;
        }
        FieldValue::Departments(departments) => {
            queries::set_text(ctx.tx, id, "departments", &departments, ctx.now_ms).await?;
        }
    }
    let Some(changed) = queries::get(ctx.tx, id).await? else {
        anyhow::bail!("training #{id} vanished inside its own transaction");
    };
    if field == Field::Capacity {
        promoted = signup::fill_seats(ctx, &changed).await?;
    }
    if field == Field::Date {
        reminders::plan_training(ctx, &changed).await?;
    }
    if let Some(message_id) = notify {
        let when = format_datetime(changed.starts_at, ctx.settings.timezone);
        for state in [CONFIRMED, WAITING] {
            for user in queries::participants(ctx.tx, id, state).await? {
                let args = [
                    ("id", id.into()),
                    ("title", changed.title.clone().into()),
                    ("when", when.clone().into()),
                    ("place", changed.place.clone().into()),
                ];
                signup::tell(ctx, &user, message_id, &args, id).await?;
            }
        }
    }
    let detail = format!("{field:?}: {value}");
    audit::record(ctx, "training_changed", Record::Numbered("training", id), &detail).await?;
    let mut text = ctx.t("training-changed", &[("id", id.into())]);
    if !promoted.is_empty() {
        text.push('\n');
        text.push_str(&ctx.t(
            "training-changed-promoted",
            &[("count", promoted.len().into()), ("names", promoted.join(", ").into())],
        ));
    }
    text.push('\n');
    text.push_str(&summary(ctx, &changed));
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// `!schulung #N absagen [Grund]`: everyone signed up or waiting is told by DM.
pub(super) async fn cancel(ctx: &mut Ctx<'_>, id: i64, reason: &str) -> Result<()> {
    if !crate::bot::limits::text_fits(ctx, reason, fields::MAX_PLACE_CHARS) {
        return Ok(());
    }
    let Some(training) = super::lock_active(ctx, id).await? else {
        return Ok(());
    };
    if ctx.now_ms >= training.starts_at {
        ctx.reply("training-cancel-started", &[("id", id.into())]);
        return Ok(());
    }
    queries::set_text(ctx.tx, id, "status", queries::CANCELLED, ctx.now_ms).await?;
    let Some(cancelled) = queries::get(ctx.tx, id).await? else {
        anyhow::bail!("training #{id} vanished inside its own transaction");
    };
    reminders::plan_training(ctx, &cancelled).await?;
    let when = format_datetime(training.starts_at, ctx.settings.timezone);
    let mut told = 0usize;
    for state in [CONFIRMED, WAITING] {
        for user in queries::participants(ctx.tx, id, state).await? {
            let message_id = if reason.is_empty() {
                "training-cancelled-dm"
            } else {
                "training-cancelled-dm-reason"
            };
            let args = [
                ("id", id.into()),
                ("title", training.title.clone().into()),
                ("when", when.clone().into()),
                ("reason", reason.into()),
            ];
            signup::tell(ctx, &user, message_id, &args, id).await?;
            told += 1;
        }
    }
    audit::record(ctx, "training_cancelled", Record::Numbered("training", id), reason).await?;
    ctx.reply(
        "training-cancelled",
        &[
            ("id", id.into()),
            ("title", training.title.into()),
            ("count", told.into()),
        ],
    );
    Ok(())
}
