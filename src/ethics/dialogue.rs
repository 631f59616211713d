//! `!ethik #N dialog`: the stakeholder dialogue, either a linked round table (whose protocol is
//! then part of the record) or a noted workshop with its date, the groups involved and the key
//! points.

use super::queries::{self, Idea};
use super::stages::{Dialogue, GROUPS, Stage};
use super::{MAX_TEXT_CHARS, RECORD_KIND};
use crate::bot::audit::{self, Record};
use crate::bot::calendar::parse_date;
use crate::bot::context::Ctx;
use crate::bot::limits;
use crate::bot::parser::{fold_word, record_ref};
use crate::bot::registry;
use crate::ideas::api::subject;
use anyhow::Result;

/// The groups named in `text` (comma-separated), as stored keys; None if one is unknown.
fn groups(text: &str) -> Option<Vec<String>> {
    let mut found = vec![];
    for word in text.split([',', ';', '/']).map(str::trim).filter(|w| !w.is_empty()) {
        let folded = fold_word(word);
        let (key, _, _) = GROUPS.iter().find(|(_, _, words)| words.contains(&folded.as_str()))?;
        if !found.iter().any(|k: &String| k == key) {
            found.push(key.to_string());
        }
    }
    (!found.is_empty()).then_some(found)
}

pub async fn record(ctx: &mut Ctx<'_>, idea: &Idea, rest: &str) -> Result<()> {
    let (kind, rest) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let rest = rest.trim();
    let dialogue = match fold_word(kind).as_str() {
        "rundtisch" | "roundtable" => {
            let Ok((table, "")) = record_ref(rest) else {
                ctx.reply("ethics-dialog-usage", &[]);
                return Ok(());
            };
            let Some(info) = registry::find_record(ctx.tx, "roundtable", table).await? else {
                ctx.reply("ethics-round-table-not-found", &[("table", table.into())]);
                return Ok(());
            };
            Dialogue {
                round_table: Some(table),
                round_table_title: info.title,
                date: None,
                groups: vec![],
                points: String::new(),
            }
        }
        "workshop" => {
            let parts: Vec<&str> = rest.split('|').map(str::trim).collect();
            let [date, named, points] = parts.as_slice() else {
                ctx.reply("ethics-dialog-usage", &[]);
                return Ok(());
            };
            let Some(date) = parse_date(date, ctx.settings.timezone, ctx.now_ms) else {
                ctx.reply("ethics-date-invalid", &[]);
                return Ok(());
            };
            let Some(groups) = groups(named) else {
                ctx.reply("ethics-groups-invalid", &[]);
                return Ok(());
            };
            if points.is_empty() {
                ctx.reply("ethics-dialog-usage", &[]);
                return Ok(());
            }
            if !limits::text_fits(ctx, points, MAX_TEXT_CHARS) {
                return Ok(());
            }
            Dialogue {
                round_table: None,
                round_table_title: String::new(),
                date: Some(date),
                groups,
                points: points.to_string(),
            }
        }
        _ => {
            ctx.reply("ethics-dialog-usage", &[]);
            return Ok(());
        }
    };
    let sender = ctx.inbound.sender.clone();
    queries::insert(ctx.tx, idea.id, Stage::Dialogue, "", &dialogue, &sender, ctx.now_ms).await?;
    audit::record(ctx, "ethics_dialogue", Record::Numbered(RECORD_KIND, idea.id), "").await?;
    let text = match dialogue.round_table {
        Some(table) => ctx.t(
            "ethics-dialog-round-table",
            &[
                ("id", idea.id.into()),
                ("table", table.into()),
                ("title", dialogue.round_table_title.into()),
            ],
        ),
        None => ctx.t("ethics-dialog-workshop", &[("id", idea.id.into())]),
    };
    ctx.reply_text(text, Some(subject(idea.id)));
    Ok(())
}
