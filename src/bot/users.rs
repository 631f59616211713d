//! Per-user settings: language (`!sprache`) and Fachbereich (`!fachbereich`); and the direct
//! chats each person writes to the bot in.

use super::context::Ctx;
use super::i18n::Lang;
use crate::store::Tx;
use anyhow::Result;

/// Longest Fachbereich name accepted.
pub const MAX_DEPARTMENT_CHARS: usize = 100;

/// True if `name` is short enough for a Fachbereich; otherwise replies with the limit.
pub fn department_fits(ctx: &mut Ctx<'_>, name: &str) -> bool {
    let fits = name.chars().count() <= MAX_DEPARTMENT_CHARS;
    if !fits {
        ctx.reply("department-too-long", &[("max", MAX_DEPARTMENT_CHARS.into())]);
    }
    fits
}

pub struct Profile {
    pub language: Option<Lang>,
    pub department: Option<String>,
}

pub async fn profile(tx: &mut Tx, user: &str) -> Result<Profile> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT language, department FROM users WHERE user_id = $1")
            .bind(user)
            .fetch_optional(&mut **tx)
            .await?;
    let (language, department) = row.unwrap_or((None, None));
    Ok(Profile {
        language: language.as_deref().and_then(Lang::parse),
        department,
    })
}

/// Notes that `user` writes to the bot in the direct chat `room`, so that erasing them finds it.
pub async fn remember_direct_chat(tx: &mut Tx, user: &str, room: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO direct_chats (user_id, room_id) VALUES ($1, $2) ON CONFLICT (user_id, room_id) DO NOTHING",
    )
    .bind(user)
    .bind(room)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn upsert(tx: &mut Tx, user: &str, column: &str, value: &str, now_ms: i64) -> Result<()> {
    // `column` is one of two fixed names, never user input.
    let sql = format!(
        "INSERT INTO users (user_id, {column}, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET {column} = excluded.{column}, updated_at = excluded.updated_at"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(user)
        .bind(value)
        .bind(now_ms)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_language(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some(lang) = Lang::parse(args) else {
        ctx.reply("language-usage", &[]);
        return Ok(());
    };
    upsert(ctx.tx, &ctx.inbound.sender, "language", lang.code(), ctx.now_ms).await?;
    ctx.lang = lang;
    ctx.reply("language-set", &[]);
    Ok(())
}

pub async fn set_department(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let name = args.trim();
    if name.is_empty() {
        match ctx.department.clone() {
            Some(current) => ctx.reply("department-current", &[("name", current.into())]),
            None => ctx.reply("department-usage", &[]),
        }
        return Ok(());
    }
    if !department_fits(ctx, name) {
        return Ok(());
    }
    upsert(ctx.tx, &ctx.inbound.sender, "department", name, ctx.now_ms).await?;
    ctx.department = Some(name.to_string());
    ctx.reply("department-set", &[("name", name.into())]);
    Ok(())
}
