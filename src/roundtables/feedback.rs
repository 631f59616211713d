//! Feedback on round tables: messages in a room with an open round table, `!feedback` (also by
//! DM, also anonymously), and edits and redactions of recorded messages.

use super::queries::{self, NewFeedback, RoundTable};
use super::{FeedbackDialog, RoundTableDialog};
use crate::bot::context::Ctx;
use crate::bot::dialog;
use crate::bot::limits::MAX_TEXT_CHARS;
use crate::bot::registry::Answered;
use anyhow::Result;

/// Records a plain message in a room with an open round table. True if it was recorded (then it
/// needs no other answer).
pub async fn record_contribution(ctx: &mut Ctx<'_>, body: &str) -> Result<bool> {
    if ctx.inbound.is_direct || ctx.inbound.sender == ctx.settings.bot_user_id || body.trim().is_empty() {
        return Ok(false);
    }
    let room = ctx.inbound.room_id.clone();
    let Some(table) = queries::open_in_room(ctx.tx, &room).await? else {
        return Ok(false);
    };
    if ctx.inbound.timestamp_ms < table.opened_at {
        // Written before the announcement (and handled late, e.g. decrypted later): not recorded.
        return Ok(false);
    }
    let (author, event, room) = (
        ctx.inbound.sender.clone(),
        ctx.inbound.event_id.clone(),
        ctx.inbound.room_id.clone(),
    );
    let feedback = NewFeedback {
        round_table: table.id,
        topic: table.current_topic,
        author: Some(&author),
        body: body.trim(),
        via_direct: false,
        source_event_id: Some(&event),
        source_room_id: Some(&room),
        created_at: ctx.inbound.timestamp_ms,
    };
    queries::add_feedback(ctx.tx, &feedback).await?;
    Ok(true)
}

/// An edited message updates the feedback recorded from it (while the round table is open).
pub async fn on_edit(ctx: &mut Ctx<'_>, target: &str, body: &str) -> Result<()> {
    let author = ctx.inbound.sender.clone();
    let text = without_feedback_command(body);
    if text.is_empty() {
        return Ok(());
    }
    queries::edit_feedback(ctx.tx, target, &author, text, ctx.now_ms).await?;
    Ok(())
}

/// The text of an edited `!feedback …` message without the command itself.
fn without_feedback_command(body: &str) -> &str {
    let body = body.trim();
    let Some(rest) = body.strip_prefix('!') else {
        return body;
    };
    let (word, text) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let is_feedback = crate::bot::commands::lookup(word).is_some_and(|spec| spec.name == super::FEEDBACK_COMMAND);
    if is_feedback { text.trim() } else { body }
}

/// A redacted message takes its feedback with it.
pub async fn on_redaction(ctx: &mut Ctx<'_>, target: &str) -> Result<()> {
    let room = ctx.inbound.room_id.clone();
    queries::remove_feedback(ctx.tx, target, &room).await?;
    Ok(())
}

/// `!feedback <Text>` / `!feedback anonym <Text>`.
pub async fn feedback(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    let (first, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let anonymous = matches!(first.to_lowercase().as_str(), "anonym" | "anonymous" | "anonymously");
    let text = if anonymous { rest.trim() } else { args };
    if anonymous && !ctx.inbound.is_direct {
        // The message is visible in the room anyway; storing it "anonymously" would mislead.
        ctx.reply("feedback-anonymous-direct-only", &[]);
        return Ok(());
    }
    if anonymous {
        ctx.anonymous = true;
    }
    if text.is_empty() {
        ctx.reply("feedback-usage", &[]);
        return Ok(());
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        ctx.reply("feedback-too-long", &[("max", MAX_TEXT_CHARS.into())]);
        return Ok(());
    }
    if !ctx.inbound.is_direct {
        let room = ctx.inbound.room_id.clone();
        return match queries::open_in_room(ctx.tx, &room).await? {
            Some(table) => store(ctx, &table, text, false).await,
            None => {
                ctx.reply("feedback-none-here", &[]);
                Ok(())
            }
        };
    }
    // A round table in the strategy room is the team's own; nobody else contributes by DM.
    let strategy_room = ctx.settings.strategy_room.clone();
    let is_team = ctx.is_team;
    let open: Vec<RoundTable> = queries::all_open(ctx.tx)
        .await?
        .into_iter()
        .filter(|t| is_team || strategy_room.as_deref() != Some(t.room_id.as_str()))
        .collect();
    match open.as_slice() {
        [] => ctx.reply("feedback-none-open", &[]),
        [table] => store(ctx, table, text, anonymous).await?,
        several => {
            let choices = several.iter().map(|t| t.id).collect();
            let question = choice_question(ctx, several).await?;
            let state = RoundTableDialog::Feedback(FeedbackDialog {
                choices,
                text: text.to_string(),
                anonymous,
            });
            save_dialog(ctx, &state).await?;
            ctx.reply_text(question, None);
        }
    }
    Ok(())
}

/// The answer to "which round table?".
/// Answers the stored dialog `state` (JSON) with `body`.
pub async fn answer_stored(ctx: &mut Ctx<'_>, state: &str, body: &str) -> Result<Answered> {
    let Some(RoundTableDialog::Feedback(state)) = dialog::decode(state) else {
        return Ok(Answered::Unreadable);
    };
    feedback_dialog_answer(ctx, state, body).await?;
    Ok(Answered::Done)
}

/// Its part of `!meine-daten`: how many contributions stand under the sender's name.
pub async fn my_data(ctx: &mut Ctx<'_>) -> Result<Vec<String>> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM round_table_feedback WHERE author = $1")
        .bind(&ctx.inbound.sender)
        .fetch_one(&mut **ctx.tx)
        .await?;
    Ok(vec![ctx.t("my-data-contributions", &[("count", count.into())])])
}

async fn feedback_dialog_answer(ctx: &mut Ctx<'_>, state: FeedbackDialog, body: &str) -> Result<()> {
    if state.anonymous {
        ctx.anonymous = true;
    }
    let chosen = body
        .trim()
        .trim_start_matches('#')
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| state.choices.get(i).copied());
    let Some(id) = chosen else {
        ctx.reply("feedback-choice-invalid", &[("count", state.choices.len().into())]);
        return Ok(());
    };
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::clear(ctx.tx, &room, &user).await?;
    match queries::get(ctx.tx, id).await? {
        Some(table) if table.closed_at.is_none() => store(ctx, &table, &state.text, state.anonymous).await,
        _ => {
            ctx.reply("feedback-table-closed", &[]);
            Ok(())
        }
    }
}

async fn save_dialog(ctx: &mut Ctx<'_>, state: &RoundTableDialog) -> Result<()> {
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    dialog::save(ctx.tx, &room, &user, state, ctx.now_ms).await
}

async fn choice_question(ctx: &mut Ctx<'_>, open: &[RoundTable]) -> Result<String> {
    let mut text = ctx.t("feedback-choose", &[]);
    for (index, table) in open.iter().enumerate() {
        let topics = queries::topics(ctx.tx, table.id).await?;
        let title = topics.first().map_or(String::new(), |t| t.title.clone());
        let current = topics
            .iter()
            .find(|t| t.position == table.current_topic)
            .map_or(String::new(), |t| t.title.clone());
        let line = ctx.t(
            "feedback-choice",
            &[
                ("number", (index + 1).into()),
                ("id", table.id.into()),
                ("title", title.into()),
                ("topic", current.into()),
            ],
        );
        text.push_str(&format!("\n{line}"));
    }
    Ok(text)
}

/// Stores `text` on the current topic of `table`. Anonymous feedback keeps no author, no event
/// and no time of its own (it is dated to the start of its topic).
async fn store(ctx: &mut Ctx<'_>, table: &RoundTable, text: &str, anonymous: bool) -> Result<()> {
    let topics = queries::topics(ctx.tx, table.id).await?;
    let topic = topics.iter().find(|t| t.position == table.current_topic);
    let topic_title = topic.map_or(String::new(), |t| t.title.clone());
    let (author, event, room) = (
        ctx.inbound.sender.clone(),
        ctx.inbound.event_id.clone(),
        ctx.inbound.room_id.clone(),
    );
    let feedback = NewFeedback {
        round_table: table.id,
        topic: table.current_topic,
        author: (!anonymous).then_some(author.as_str()),
        body: text,
        via_direct: ctx.inbound.is_direct,
        source_event_id: (!anonymous).then_some(event.as_str()),
        source_room_id: (!anonymous).then_some(room.as_str()),
        created_at: if anonymous {
            topic.and_then(|t| t.started_at).unwrap_or(table.opened_at)
        } else {
            ctx.inbound.timestamp_ms
        },
    };
    queries::add_feedback(ctx.tx, &feedback).await?;
    let id = if anonymous {
        "feedback-recorded-anonymous"
    } else {
        "feedback-recorded"
    };
    ctx.reply(
        id,
        &[
            ("id", table.id.into()),
            ("position", table.current_topic.into()),
            ("topic", topic_title.into()),
        ],
    );
    Ok(())
}
