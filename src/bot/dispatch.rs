//! Routes an event to the dialog in progress or to the handler of the command it names.

use super::commands::CommandId;
use super::context::Ctx;
use super::dialog::DialogState;
use super::dialog::{self, Loaded, StoredDialog};
use super::parser::{self, Addressing, Parsed};
use super::types::InboundKind;
use super::{help, users};
use crate::{concerns, ideas, personal_data, roundtables, team, trainings};
use anyhow::Result;

/// `stored_dialog` is the sender's dialog in the room as read when the event arrived; only a
/// message looks at it (an expired one is then removed and the user told).
pub async fn dispatch(ctx: &mut Ctx<'_>, stored_dialog: Option<StoredDialog>) -> Result<()> {
    match ctx.inbound.kind.clone() {
        InboundKind::Message { body, mentions_bot } => message(ctx, &body, mentions_bot, stored_dialog).await,
        InboundKind::Edit { target, body } => {
            roundtables::on_edit(ctx, &target, &body).await?;
            ideas::on_edit(ctx, &target, &body).await
        }
        InboundKind::Redaction { target } => {
            roundtables::on_redaction(ctx, &target).await?;
            concerns::on_redaction(ctx, &target).await?;
            ideas::on_redaction(ctx, &target).await
        }
        InboundKind::Reaction { target, key } => ideas::on_reaction(ctx, &target, &key).await,
    }
}

async fn message(ctx: &mut Ctx<'_>, body: &str, mentions_bot: bool, stored: Option<StoredDialog>) -> Result<()> {
    let addressing = Addressing {
        is_direct: ctx.inbound.is_direct,
        mentions_bot,
        names: &ctx.settings.names,
    };
    let parsed = parser::parse(body, addressing);
    let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
    let explicit = body.trim_start().starts_with('!');
    let timeout_ms = ctx.settings.dialog_timeout_ms;
    let loaded = dialog::interpret(ctx.tx, &room, &user, stored, ctx.now_ms, timeout_ms).await?;
    match (&loaded, &parsed) {
        (Loaded::Active(_), Parsed::Command { spec, .. }) if spec.id == CommandId::Cancel => {
            dialog::clear(ctx.tx, &room, &user).await?;
            ctx.reply("dialog-cancelled", &[]);
            return Ok(());
        }
        (Loaded::Active(DialogState::Score { idea, given }), _) if !explicit => {
            return team::score_dialog_answer(ctx, *idea, given.clone(), body).await;
        }
        (Loaded::Active(DialogState::Feedback(state)), _) if !explicit => {
            return roundtables::feedback_dialog_answer(ctx, state.clone(), body).await;
        }
        (Loaded::Active(DialogState::Concern(state)), _) if !explicit => {
            return concerns::dialog_answer(ctx, state.clone(), body).await;
        }
        (Loaded::Active(DialogState::Training(state)), _) if !explicit => {
            return trainings::dialog_answer(ctx, state.clone(), body).await;
        }
        (Loaded::Active(state), _) if !explicit => {
            return ideas::dialog_answer(ctx, state.clone(), body).await;
        }
        (Loaded::Unreadable, _) => ctx.reply("dialog-unreadable", &[]),
        (Loaded::Expired, Parsed::NotCommand | Parsed::Unknown { .. }) if !explicit => {
            // In a room with an open round table the message is a contribution, not a late answer.
            if !roundtables::record_contribution(ctx, body).await? {
                ctx.reply("dialog-expired", &[]);
            }
            return Ok(());
        }
        _ => {}
    }
    if !explicit
        && matches!(parsed, Parsed::NotCommand | Parsed::Unknown { .. })
        && roundtables::record_contribution(ctx, body).await?
    {
        return Ok(());
    }
    match parsed {
        Parsed::NotCommand => Ok(()),
        Parsed::Unknown { word, suggestion } => {
            match suggestion {
                _ if !explicit && suggestion.is_none() => ctx.reply("not-understood", &[]),
                Some(spec) => ctx.reply(
                    "unknown-command-suggest",
                    &[("word", word.into()), ("suggestion", spec.name.into())],
                ),
                None => ctx.reply("unknown-command", &[("word", word.into())]),
            }
            Ok(())
        }
        Parsed::Command { spec, .. } if !team::may_use(ctx, spec.role).await? => {
            team::refuse(ctx, spec);
            Ok(())
        }
        Parsed::Command { spec, args } => run(ctx, spec.id, &args).await,
    }
}

async fn run(ctx: &mut Ctx<'_>, id: CommandId, args: &str) -> Result<()> {
    match id {
        CommandId::Help => help::help(ctx, args),
        CommandId::Cancel => ctx.reply("dialog-none", &[]),
        CommandId::Language => users::set_language(ctx, args).await?,
        CommandId::Department => users::set_department(ctx, args).await?,
        CommandId::Idea => ideas::idea(ctx, args).await?,
        CommandId::Ideas => ideas::list(ctx, args).await?,
        CommandId::Support => ideas::support(ctx, args).await?,
        CommandId::Comment => ideas::comment(ctx, args).await?,
        CommandId::Withdraw => ideas::withdraw(ctx, args).await?,
        CommandId::Score => team::score(ctx, args).await?,
        CommandId::Status => team::set_status(ctx, args).await?,
        CommandId::Owner => team::set_owner(ctx, args).await?,
        CommandId::Portfolio => team::portfolio(ctx, args).await?,
        CommandId::Reassessed => team::mark_reassessed(ctx, args).await?,
        CommandId::ReassessmentsDue => team::list_due(ctx, args).await?,
        CommandId::RoleAssign => team::role(ctx, args).await?,
        CommandId::RoundTable => roundtables::round_table(ctx, args).await?,
        CommandId::RoundTables => roundtables::list(ctx, args).await?,
        CommandId::Feedback => roundtables::feedback(ctx, args).await?,
        CommandId::Concern => concerns::concern(ctx, args).await?,
        CommandId::ConcernAnswer => concerns::read_answer(ctx, args).await?,
        CommandId::Training => trainings::training(ctx, args).await?,
        CommandId::Trainings => trainings::list(ctx, args).await?,
        CommandId::SignUp => trainings::sign_up(ctx, args).await?,
        CommandId::SignOff => trainings::sign_off(ctx, args).await?,
        CommandId::MyTrainings => trainings::mine(ctx, args).await?,
        CommandId::Attendance => trainings::attendance(ctx, args).await?,
        CommandId::Literacy => trainings::literacy(ctx, args).await?,
        CommandId::MyData => personal_data::my_data(ctx, args).await?,
    }
    Ok(())
}
