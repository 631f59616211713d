//! `!meine-daten datei`: a person's data as two files in their direct chat (encrypted where the
//! chat is): Markdown to read (what `!meine-daten` shows) and JSON for machines (GDPR Art. 20:
//! every stored row that names them as themselves — author, participant, scorer, actor … —
//! table by table, other people's ids blanked; texts of others that merely mention them are not
//! theirs to see).

use crate::bot::calendar::format_date;
use crate::bot::context::Ctx;
use crate::bot::types::Attachment;
use crate::store::{Store, StoredRow};
use anyhow::Result;
use regex::Regex;
use std::sync::LazyLock;

/// Another person's Matrix id inside a row of this person's export.
static USER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@[A-Za-z0-9._=/+\-]+:[A-Za-z0-9.\-]+(?::[0-9]+)?").expect("valid pattern"));

pub async fn send(ctx: &mut Ctx<'_>, user: &str, text: &str) -> Result<()> {
    let date = format_date(ctx.now_ms, ctx.settings.timezone);
    let markdown = format!(
        "# {}\n\n{}\n",
        ctx.t("my-data-file-title", &[("date", date.into())]),
        text.replace('\n', "  \n")
    );
    let rows = Store::rows_naming(ctx.tx, user).await?;
    let other = ctx.t("my-data-other-person", &[]);
    let json = serde_json::json!({
        "user": user,
        "exported_at_ms": ctx.now_ms,
        "tables": rows
            .into_iter()
            .map(|(table, rows)| {
                let rows: Vec<serde_json::Value> = rows.into_iter().map(|r| others_blanked(r, user, &other)).collect();
                (table, serde_json::Value::Array(rows))
            })
            .collect::<serde_json::Map<String, serde_json::Value>>(),
    });
    let files = [
        Attachment::text_file("lotse-meine-daten.md", "text/markdown", markdown),
        Attachment::text_file(
            "lotse-meine-daten.json",
            "application/json",
            serde_json::to_string_pretty(&json)?,
        ),
    ];
    for file in files {
        if ctx.inbound.is_direct {
            ctx.upload(file);
        } else {
            ctx.direct_upload(user, file);
        }
    }
    ctx.reply(
        if ctx.inbound.is_direct {
            "my-data-file-sent"
        } else {
            "my-data-file-sent-dm"
        },
        &[],
    );
    Ok(())
}

/// The row as JSON, with every Matrix id but the person's own replaced.
fn others_blanked(row: StoredRow, user: &str, other: &str) -> serde_json::Value {
    let row = row
        .into_iter()
        .map(|(column, value)| {
            let value = match value {
                serde_json::Value::String(s) => serde_json::Value::String(
                    USER_ID
                        .replace_all(&s, |m: &regex::Captures<'_>| {
                            if &m[0] == user {
                                m[0].to_string()
                            } else {
                                other.to_string()
                            }
                        })
                        .into_owned(),
                ),
                other => other,
            };
            (column, value)
        })
        .collect();
    serde_json::Value::Object(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_peoples_ids_are_blanked_and_ones_own_kept() {
        let mut row = StoredRow::new();
        row.insert("actor".into(), "@team:example.org".into());
        row.insert("record_ref".into(), "@anna:example.org".into());
        row.insert("id".into(), 3.into());
        let out = others_blanked(row, "@anna:example.org", "[someone]");
        assert_eq!(out["actor"], "[someone]");
        assert_eq!(out["record_ref"], "@anna:example.org");
        assert_eq!(out["id"], 3);
    }
}
