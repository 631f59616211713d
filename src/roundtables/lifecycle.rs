//! `!rundtisch start|thema|weiter|ende|#N` and `!rundtische`: opening, steering, closing and
//! looking back at round tables (team only, see the command table).

use super::queries::{self, RoundTable};
use super::summary::Summary;
use super::{MAX_TOPIC_CHARS, MAX_TOPICS};
use crate::bot::audit::{self, Record};
use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::limits::title_visible;
use crate::bot::parser::record_ref;
use crate::bot::types::{Attachment, Subject};
use anyhow::Result;

/// How many round tables `!rundtische` lists.
const LIST_LIMIT: i64 = 20;

pub fn subject(id: i64) -> Subject {
    Subject {
        kind: "roundtable".into(),
        id,
    }
}

/// `!rundtisch [start <Thema> [| Thema 2 …] | thema <Text> | weiter | ende | #N]`.
pub async fn round_table(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    if args.starts_with('#') {
        return match record_ref(args) {
            Ok((id, _)) => show(ctx, id).await,
            Err(_) => {
                ctx.reply("roundtable-ref-invalid", &[]);
                Ok(())
            }
        };
    }
    let (word, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let rest = rest.trim();
    match word.to_lowercase().as_str() {
        "" | "status" | "state" => state(ctx).await,
        "start" | "starten" | "open" | "eröffnen" | "eroeffnen" => start(ctx, rest).await,
        "thema" | "topic" => new_topic(ctx, rest).await,
        "weiter" | "next" | "nächstes" | "naechstes" => next_topic(ctx).await,
        "ende" | "end" | "beenden" | "schließen" | "schliessen" | "close" => close(ctx).await,
        _ => {
            ctx.reply("roundtable-usage", &[]);
            Ok(())
        }
    }
}

async fn start(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    if ctx.inbound.is_direct {
        ctx.reply("roundtable-not-in-direct", &[]);
        return Ok(());
    }
    let room = ctx.inbound.room_id.clone();
    if let Some(open) = queries::open_in_room(ctx.tx, &room).await? {
        ctx.reply("roundtable-already-open", &[("id", open.id.into())]);
        return Ok(());
    }
    let topics: Vec<String> = rest
        .split('|')
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect();
    if topics.is_empty() {
        ctx.reply("roundtable-start-usage", &[]);
        return Ok(());
    }
    if topics.len() > MAX_TOPICS {
        ctx.reply("roundtable-too-many-topics", &[("max", MAX_TOPICS.into())]);
        return Ok(());
    }
    if topics.iter().any(|t| t.chars().count() > MAX_TOPIC_CHARS) {
        ctx.reply("roundtable-topic-too-long", &[("max", MAX_TOPIC_CHARS.into())]);
        return Ok(());
    }
    if !topics.iter().all(|t| title_visible(ctx, t)) {
        return Ok(());
    }
    let by = ctx.inbound.sender.clone();
    // Times of the room's own timeline (server time), so messages compare with them exactly.
    let at = ctx.inbound.timestamp_ms;
    let id = queries::open(ctx.tx, &room, &by, &topics, at).await?;
    audit::record(ctx, "roundtable_opened", Record::Numbered("roundtable", id), &topics[0]).await?;
    let agenda = topics
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}. {t}", i + 1))
        .collect::<Vec<_>>()
        .join("\n");
    let text = ctx.t(
        "roundtable-opened",
        &[
            ("id", id.into()),
            ("title", topics[0].clone().into()),
            ("agenda", agenda.into()),
            ("topic", topics[0].clone().into()),
            ("count", topics.len().into()),
        ],
    );
    ctx.announce(text, Some(subject(id)));
    Ok(())
}

/// The open round table of this room, or a polite reply that there is none.
async fn open_here(ctx: &mut Ctx<'_>) -> Result<Option<RoundTable>> {
    let room = ctx.inbound.room_id.clone();
    let open = queries::open_in_room(ctx.tx, &room).await?;
    if open.is_none() {
        ctx.reply("roundtable-none-here", &[]);
    }
    Ok(open)
}

async fn new_topic(ctx: &mut Ctx<'_>, rest: &str) -> Result<()> {
    let title = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        ctx.reply("roundtable-topic-usage", &[]);
        return Ok(());
    }
    if title.chars().count() > MAX_TOPIC_CHARS {
        ctx.reply("roundtable-topic-too-long", &[("max", MAX_TOPIC_CHARS.into())]);
        return Ok(());
    }
    if !title_visible(ctx, &title) {
        return Ok(());
    }
    let Some(table) = open_here(ctx).await? else {
        return Ok(());
    };
    if queries::topics(ctx.tx, table.id).await?.len() >= MAX_TOPICS {
        ctx.reply("roundtable-too-many-topics", &[("max", MAX_TOPICS.into())]);
        return Ok(());
    }
    let at = ctx.inbound.timestamp_ms;
    let position = queries::insert_after_current(ctx.tx, &table, &title, at).await?;
    announce_topic(ctx, &table, position).await
}

async fn next_topic(ctx: &mut Ctx<'_>) -> Result<()> {
    let Some(table) = open_here(ctx).await? else {
        return Ok(());
    };
    let count = queries::topics(ctx.tx, table.id).await?.len() as i64;
    if table.current_topic >= count {
        ctx.reply("roundtable-no-next-topic", &[]);
        return Ok(());
    }
    let position = table.current_topic + 1;
    queries::move_to(ctx.tx, table.id, position, ctx.inbound.timestamp_ms).await?;
    announce_topic(ctx, &table, position).await
}

async fn announce_topic(ctx: &mut Ctx<'_>, table: &RoundTable, position: i64) -> Result<()> {
    let topics = queries::topics(ctx.tx, table.id).await?;
    let title = topics
        .iter()
        .find(|t| t.position == position)
        .map_or(String::new(), |t| t.title.clone());
    let text = ctx.t(
        "roundtable-topic-now",
        &[
            ("position", position.into()),
            ("count", topics.len().into()),
            ("topic", title.into()),
        ],
    );
    ctx.announce(text, Some(subject(table.id)));
    Ok(())
}

async fn close(ctx: &mut Ctx<'_>) -> Result<()> {
    let Some(mut table) = open_here(ctx).await? else {
        return Ok(());
    };
    let by = ctx.inbound.sender.clone();
    let at = ctx.inbound.timestamp_ms;
    queries::close(ctx.tx, table.id, &by, at).await?;
    table.closed_at = Some(at);
    audit::record(ctx, "roundtable_closed", Record::Numbered("roundtable", table.id), "").await?;
    post_summary(ctx, &table, "roundtable-closed").await
}

/// `!rundtisch #N`: the summary and the protocol of one round table, open or closed.
async fn show(ctx: &mut Ctx<'_>, id: i64) -> Result<()> {
    let Some(table) = queries::get(ctx.tx, id).await? else {
        ctx.reply("roundtable-not-found", &[("id", id.into())]);
        return Ok(());
    };
    // The protocol names participants and holds what was said by DM: only where it was held,
    // in the strategy room, or in a direct chat with the asking team member.
    if table.room_id != ctx.inbound.room_id && !ctx.in_private_place() {
        ctx.reply("roundtable-show-elsewhere", &[("id", id.into())]);
        return Ok(());
    }
    let heading = if table.closed_at.is_some() {
        "roundtable-show-closed"
    } else {
        "roundtable-show-open"
    };
    post_summary(ctx, &table, heading).await
}

/// Posts the summary into the room and uploads the protocol as a Markdown file.
async fn post_summary(ctx: &mut Ctx<'_>, table: &RoundTable, heading: &str) -> Result<()> {
    let topics = queries::topics(ctx.tx, table.id).await?;
    let feedback = queries::feedback(ctx.tx, table.id).await?;
    let summary = Summary {
        table,
        topics: &topics,
        feedback: &feedback,
    };
    let mut text = summary.text(ctx.lang, heading);
    let filename = format!("rundtisch-{}-protokoll.md", table.id);
    text.push_str(&format!(
        "\n\n{}",
        ctx.t("roundtable-protocol-attached", &[("file", filename.clone().into())])
    ));
    let protocol = summary.protocol(ctx.lang, ctx.settings.timezone);
    ctx.announce(text, Some(subject(table.id)));
    ctx.upload(Attachment::text_file(filename, "text/markdown", protocol));
    Ok(())
}

/// `!rundtisch` without arguments: where the round table of this room stands.
async fn state(ctx: &mut Ctx<'_>) -> Result<()> {
    let Some(table) = open_here(ctx).await? else {
        return Ok(());
    };
    let topics = queries::topics(ctx.tx, table.id).await?;
    let feedback = queries::feedback(ctx.tx, table.id).await?;
    let summary = Summary {
        table: &table,
        topics: &topics,
        feedback: &feedback,
    };
    let current = topics
        .iter()
        .find(|t| t.position == table.current_topic)
        .map_or(String::new(), |t| t.title.clone());
    let text = ctx.t(
        "roundtable-state",
        &[
            ("id", table.id.into()),
            ("title", summary.title().to_string().into()),
            ("position", table.current_topic.into()),
            ("count", topics.len().into()),
            ("topic", current.into()),
            ("contributions", feedback.len().into()),
            ("participants", summary.participants().into()),
            ("anonymous", summary.anonymous().into()),
        ],
    );
    ctx.reply_text(text, Some(subject(table.id)));
    Ok(())
}

/// `!rundtische`: the latest round tables, open and closed.
pub async fn list(ctx: &mut Ctx<'_>, _args: &str) -> Result<()> {
    let tables = queries::recent(ctx.tx, LIST_LIMIT).await?;
    if tables.is_empty() {
        ctx.reply("roundtables-none", &[]);
        return Ok(());
    }
    let mut text = ctx.t("roundtables-heading", &[]);
    for table in &tables {
        let topics = queries::topics(ctx.tx, table.id).await?;
        let count = queries::feedback(ctx.tx, table.id).await?.len();
        let title = topics.first().map_or(String::new(), |t| t.title.clone());
        let state = if table.closed_at.is_some() {
            "roundtables-closed"
        } else {
            "roundtables-open"
        };
        let line = ctx.t(
            "roundtables-line",
            &[
                ("id", table.id.into()),
                ("title", title.into()),
                ("date", format_date(table.opened_at, ctx.settings.timezone).into()),
                ("state", ctx.t(state, &[]).into()),
                ("contributions", count.into()),
            ],
        );
        text.push_str(&format!("\n{line}"));
    }
    // The newest round table is the example of how to show one.
    let example = tables[0].id;
    text.push_str(&format!(
        "\n\n{}",
        ctx.t("roundtables-footer", &[("example", example.into())])
    ));
    ctx.reply_text(text, None);
    Ok(())
}
