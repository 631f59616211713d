//! Permissions: who may use a command (everyone, promoters of a Fachbereich, the strategy team)
//! and the friendly refusal. Who is on the team is the `roster`; promoters are in the database.

use super::commands::{Command, Role};
use super::context::Ctx;
use crate::store::Tx;
use anyhow::Result;

/// True if the sender may use commands of `role`. Team membership is by user id only.
pub async fn may_use(ctx: &mut Ctx<'_>, role: Role) -> Result<bool> {
    Ok(match role {
        Role::Everyone => true,
        Role::Team => ctx.is_team,
        Role::Promoter => ctx.is_team || promoter_department(ctx.tx, &ctx.inbound.sender).await?.is_some(),
    })
}

/// Explains briefly why `spec` is not available to the sender.
pub fn refuse(ctx: &mut Ctx<'_>, spec: &Command) {
    refuse_named(ctx, spec.role, spec.name);
}

/// The refusal for a part of a command (`bedenken liste`) that needs `role`. It says whom to
/// ask: the contact of `access.contact`, else the strategy room by its name, else the team.
pub fn refuse_named(ctx: &mut Ctx<'_>, role: Role, command: &str) {
    let id = match role {
        Role::Promoter => "promoter-only",
        _ => "team-only",
    };
    let (ask, contact, room) = match (&ctx.settings.access_contact, ctx.roster.strategy_room_name()) {
        (Some(contact), _) => ("contact", contact.clone(), String::new()),
        (None, Some(room)) => ("room", String::new(), room),
        (None, None) => ("other", String::new(), String::new()),
    };
    ctx.reply(
        id,
        &[
            ("command", command.into()),
            ("ask", ask.into()),
            ("contact", contact.into()),
            ("room", room.into()),
        ],
    );
}

/// The Fachbereich `user` is promoter of, if any.
pub async fn promoter_department(tx: &mut Tx, user: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT department FROM promoters WHERE user_id = $1")
        .bind(user)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|(d,)| d))
}

/// The promoters of Fachbereich `department` (compared without regard to case).
pub async fn promoters_of(tx: &mut Tx, department: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT user_id FROM promoters WHERE LOWER(department) = LOWER($1) ORDER BY user_id")
            .bind(department)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows.into_iter().map(|(u,)| u).collect())
}
