//! `!schulung` for the strategy team: plan a training in a guided dialog or in one line with `|`,
//! every answer checked (what is wrong and how to write it); `#N …` goes to `manage`.

use super::TrainingsDialog;
use super::fields::{self, DateError, Level};
use super::queries::{self, NewTraining};
use super::{Field, TrainingDialog, manage, reminders, subject, training_ref};
use crate::bot::audit::{self, Record};
use crate::bot::context::Ctx;
use crate::bot::dialog;
use crate::bot::parser::fold_word;
use crate::bot::registry::Answered;
use anyhow::Result;

/// `!schulung`, `!schulung neu [Titel | Stufe | Datum | Dauer | Ort | Plätze | Fachbereiche]`,
/// `!schulung #N`, `!schulung #N ändern <Feld> <Wert>`, `!schulung #N absagen [Grund]`.
pub async fn training(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    if args.starts_with('#') {
        let Some((id, rest)) = training_ref(ctx, args, "training-usage") else {
            return Ok(());
        };
        let (word, rest) = rest.split_once(char::is_whitespace).unwrap_or((&rest, ""));
        return match fold_word(word).as_str() {
            "" => manage::show(ctx, id).await,
            "aendern" | "andern" | "change" | "edit" => manage::change(ctx, id, rest.trim()).await,
            "absagen" | "cancel" => manage::cancel(ctx, id, rest.trim()).await,
            _ => {
                ctx.reply("training-usage", &[]);
                Ok(())
            }
        };
    }
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    match fold_word(word).as_str() {
        "" | "neu" | "new" if rest.trim().is_empty() => start_dialog(ctx).await,
        "neu" | "new" => one_line(ctx, rest).await,
        _ => {
            ctx.reply("training-usage", &[]);
            Ok(())
        }
    }
}

async fn start_dialog(ctx: &mut Ctx<'_>) -> Result<()> {
    let state = TrainingDialog {
        step: Field::Title,
        title: String::new(),
        level: String::new(),
        starts_at: 0,
        duration_minutes: 0,
        place: String::new(),
        capacity: 0,
    };
    save(ctx, state).await?;
    ctx.reply("training-dialog-title", &[]);
    Ok(())
}

async fn save(ctx: &mut Ctx<'_>, state: TrainingDialog) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, &TrainingsDialog::Training(state), ctx.now_ms).await
}

// Each check replies with what is wrong and how to write it, and returns None then.

fn check_title(ctx: &mut Ctx<'_>, text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return None;
    }
    if !crate::bot::limits::title_visible(ctx, text)
        || !crate::bot::limits::text_fits(ctx, text, fields::MAX_TITLE_CHARS)
    {
        return None;
    }
    Some(text.to_string())
}

fn check_level(ctx: &mut Ctx<'_>, text: &str) -> Option<Level> {
    let level = Level::parse(text);
    if level.is_none() {
        ctx.reply("training-level-invalid", &[]);
    }
    level
}

fn check_date(ctx: &mut Ctx<'_>, text: &str) -> Option<i64> {
    match fields::parse_datetime(text, ctx.settings.timezone, ctx.now_ms) {
        Ok(at) => Some(at),
        Err(e) => {
            let id = match e {
                DateError::Format => "training-date-invalid",
                DateError::Skipped => "training-date-skipped",
                DateError::OutOfRange => "training-date-range",
            };
            ctx.reply(id, &[]);
            None
        }
    }
}

fn check_duration(ctx: &mut Ctx<'_>, text: &str) -> Option<i64> {
    let minutes = fields::parse_duration(text);
    if minutes.is_none() {
        ctx.reply("training-duration-invalid", &[]);
    }
    minutes
}

fn check_place(ctx: &mut Ctx<'_>, text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return None;
    }
    if !crate::bot::limits::text_fits(ctx, text, fields::MAX_PLACE_CHARS) {
        return None;
    }
    Some(text.to_string())
}

fn check_capacity(ctx: &mut Ctx<'_>, text: &str) -> Option<i64> {
    let capacity = fields::parse_capacity(text);
    if capacity.is_none() {
        ctx.reply("training-capacity-invalid", &[("max", fields::MAX_CAPACITY.into())]);
    }
    capacity
}

fn check_departments(ctx: &mut Ctx<'_>, text: &str) -> Option<String> {
    let departments = fields::parse_departments(text);
    if !crate::bot::limits::text_fits(ctx, &departments, fields::MAX_DEPARTMENTS_CHARS) {
        return None;
    }
    Some(departments)
}

/// A checked value of one field of a training.
pub(super) enum FieldValue {
    Title(String),
    Level(Level),
    Date(i64),
    Duration(i64),
    Place(String),
    Capacity(i64),
    Departments(String),
}

/// Checks `text` as the value of `field`, for the dialog and for `!schulung #N ändern` alike.
pub(super) fn check(ctx: &mut Ctx<'_>, field: Field, text: &str) -> Option<FieldValue> {
    Some(match field {
        Field::Title => FieldValue::Title(check_title(ctx, text)?),
        Field::Level => FieldValue::Level(check_level(ctx, text)?),
        Field::Date => FieldValue::Date(check_date(ctx, text)?),
        Field::Duration => FieldValue::Duration(check_duration(ctx, text)?),
        Field::Place => FieldValue::Place(check_place(ctx, text)?),
        Field::Capacity => FieldValue::Capacity(check_capacity(ctx, text)?),
        Field::Departments => FieldValue::Departments(check_departments(ctx, text)?),
    })
}

/// Answers the stored dialog `state` (JSON) with `body`.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    let Some(TrainingsDialog::Training(state)) = dialog::decode(state) else {
        return Ok(Answered::Unreadable);
    };
    dialog_answer(ctx, state, body).await?;
    Ok(Answered::Done)
}

/// Takes the answer to the current question of the `!schulung neu` dialog.
async fn dialog_answer(ctx: &mut Ctx<'_>, state: TrainingDialog, body: &str) -> Result<()> {
    let answer = body.trim();
    if answer.is_empty() {
        ctx.reply("dialog-empty-answer", &[]);
        return Ok(());
    }
    let Some(value) = check(ctx, state.step, answer) else {
        return Ok(());
    };
    let mut next = state;
    let question = match value {
        FieldValue::Title(title) => {
            next.title = title;
            next.step = Field::Level;
            "training-dialog-level"
        }
        FieldValue::Level(level) => {
            next.level = level.as_str().to_string();
            next.step = Field::Date;
            "training-dialog-date"
        }
        FieldValue::Date(at) => {
            next.starts_at = at;
            next.step = Field::Duration;
            "training-dialog-duration"
        }
        FieldValue::Duration(minutes) => {
            next.duration_minutes = minutes;
            next.step = Field::Place;
            "training-dialog-place"
        }
        FieldValue::Place(place) => {
            next.place = place;
            next.step = Field::Capacity;
            "training-dialog-capacity"
        }
        FieldValue::Capacity(capacity) => {
            next.capacity = capacity;
            next.step = Field::Departments;
            "training-dialog-departments"
        }
        FieldValue::Departments(departments) => {
            let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
            dialog::clear(ctx.tx, &room, &user).await?;
            if next.starts_at <= ctx.now_ms {
                // The dialog took longer than the time left until the date.
                ctx.reply("training-date-range", &[]);
                return Ok(());
            }
            return create(ctx, &next, &departments).await;
        }
    };
    save(ctx, next).await?;
    ctx.reply(question, &[]);
    Ok(())
}

/// `!schulung neu Titel | Stufe | Datum Uhrzeit | Dauer | Ort | Plätze [| Fachbereiche]`.
async fn one_line(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let parts: Vec<&str> = rest.split('|').map(str::trim).collect();
    if !(6..=7).contains(&parts.len()) {
        ctx.reply("training-oneline-usage", &[]);
        return Ok(());
    }
    let Some(title) = check_title(ctx, parts[0]) else {
        return Ok(());
    };
    let Some(level) = check_level(ctx, parts[1]) else {
        return Ok(());
    };
    let Some(starts_at) = check_date(ctx, parts[2]) else {
        return Ok(());
    };
    let Some(duration_minutes) = check_duration(ctx, parts[3]) else {
        return Ok(());
    };
    let Some(place) = check_place(ctx, parts[4]) else {
        return Ok(());
    };
    let Some(capacity) = check_capacity(ctx, parts[5]) else {
        return Ok(());
    };
    let Some(departments) = check_departments(ctx, parts.get(6).copied().unwrap_or("-")) else {
        return Ok(());
    };
    let draft = TrainingDialog {
        step: Field::Departments,
        title,
        level: level.as_str().to_string(),
        starts_at,
        duration_minutes,
        place,
        capacity,
    };
    create(ctx, &draft, &departments).await
}

async fn create(ctx: &mut Ctx<'_>, draft: &TrainingDialog, departments: &str) -> Result<()> {
    let (sender, room) = (ctx.inbound.sender.clone(), ctx.inbound.room_id.clone());
    let new = NewTraining {
        title: &draft.title,
        level: &draft.level,
        starts_at: draft.starts_at,
        duration_minutes: draft.duration_minutes,
        place: &draft.place,
        capacity: draft.capacity,
        departments,
        created_by: &sender,
        room_id: &room,
    };
    let id = queries::insert(ctx.tx, &new, ctx.now_ms).await?;
    let Some(training) = queries::get(ctx.tx, id).await? else {
        anyhow::bail!("training #{id} vanished inside its own transaction");
    };
    reminders::plan_training(ctx, &training).await?;
    audit::record(ctx, "training_created", Record::Numbered("training", id), &draft.title).await?;
    let mut text = ctx.t("training-created", &[("id", id.into())]);
    text.push('\n');
    text.push_str(&manage::summary(ctx, &training));
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}
