//! Ideas (PRODUCT.md "Ideen"): submit, list, search, show, support, comment on and withdraw
//! AI use-case ideas.

pub mod api;
mod erase;
mod guided;
mod limits;
mod my_data;
mod queries;
mod report;
mod show;
mod status;
mod updates;

use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::dialog;
use crate::bot::parser::record_ref;
use crate::bot::registry::{Capability, Dialog, Export, Hooks, Records, Topic};
use crate::bot::types::Subject;
use anyhow::Result;
use guided::IdeaDialog;
use queries::{IdeaRow, Listing, NewIdea};
use status::WITHDRAWN;

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "ideas";
/// How other capabilities name an idea (`RecordRef`, audit log, reminders' record keys).
pub const RECORD_KIND: &str = "idea";
/// `!idee`; an edit of the message that submitted an idea must still be this command.
pub const IDEA_COMMAND: &str = "idee";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: IDEA_COMMAND,
            aliases: &["idea"],
            role: Role::Everyone,
            topic: "ideen",
            help_key: "help-idee",
            run: |ctx, args| Box::pin(idea(ctx, args)),
        },
        Command {
            name: "ideen",
            aliases: &["ideas"],
            role: Role::Everyone,
            topic: "ideen",
            help_key: "help-ideen",
            run: |ctx, args| Box::pin(list(ctx, args)),
        },
        Command {
            name: "unterstütze",
            aliases: &["unterstuetze", "unterstutze", "support"],
            role: Role::Everyone,
            topic: "ideen",
            help_key: "help-unterstuetze",
            run: |ctx, args| Box::pin(support(ctx, args)),
        },
        Command {
            name: "kommentar",
            aliases: &["comment"],
            role: Role::Everyone,
            topic: "ideen",
            help_key: "help-kommentar",
            run: |ctx, args| Box::pin(comment(ctx, args)),
        },
        Command {
            name: "zurückziehen",
            aliases: &["zurueckziehen", "zuruckziehen", "withdraw"],
            role: Role::Everyone,
            topic: "ideen",
            help_key: "help-zurueckziehen",
            run: |ctx, args| Box::pin(withdraw(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "ideen",
        aliases: &["ideas", "idee", "idea"],
        heading: "topic-ideen",
    }],
    first_steps: &[IDEA_COMMAND, "ideen"],
    prompts: &[
        ("de", include_str!("../../prompts/de/ideas.ftl")),
        ("en", include_str!("../../prompts/en/ideas.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(guided::answer_stored(ctx, state, body)),
    }),
    reminders: &[],
    settings: None,
    records: Some(Records {
        kind: RECORD_KIND,
        find: |tx, id| Box::pin(queries::info(tx, id)),
    }),
    retention: &[],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "ideen",
        aliases: &["ideas"],
        table: |tx, scope, sink| Box::pin(report::table(tx, scope, sink)),
    }],
    hooks: Hooks {
        edit: Some(|ctx, target, body| Box::pin(updates::on_edit(ctx, target, body))),
        redaction: Some(|ctx, target, _| Box::pin(updates::on_redaction(ctx, target))),
        reaction: Some(|ctx, target, key| Box::pin(updates::on_reaction(ctx, target, key))),
        my_data: Some(|ctx| Box::pin(my_data::lines(ctx))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        ..Hooks::NONE
    },
};

/// How many ideas one list shows.
const LIST_LIMIT: i64 = 15;

pub fn subject(id: i64) -> Subject {
    Subject {
        kind: RECORD_KIND.into(),
        id,
    }
}

/// `!idee`, `!idee <Titel>`, `!idee #N`.
pub async fn idea(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    if args.trim_start().starts_with('#') {
        return match record_ref(args) {
            Ok((id, _)) => show::show(ctx, id).await,
            Err(_) => {
                ctx.reply("idea-ref-invalid", &[]);
                Ok(())
            }
        };
    }
    let title = args.trim();
    if title.is_empty() {
        let (room, user) = (ctx.inbound.room_id.clone(), ctx.inbound.sender.clone());
        dialog::save(ctx.tx, &room, &user, &IdeaDialog::IdeaTitle, ctx.now_ms).await?;
        ctx.reply("idea-dialog-title", &[]);
        return Ok(());
    }
    if !limits::title_fits(ctx, title) {
        return Ok(());
    }
    let department = ctx.department.clone().unwrap_or_default();
    let idea = NewIdea {
        title,
        description: "",
        department: &department,
        benefit: "",
        author: &ctx.inbound.sender,
        room_id: &ctx.inbound.room_id,
        source_event_id: Some(&ctx.inbound.event_id),
    };
    store_idea(ctx, idea).await
}

/// Stores a new idea and thanks its author with its number.
pub(crate) async fn store_idea(ctx: &mut Ctx<'_>, idea: NewIdea<'_>) -> Result<()> {
    let id = queries::insert(ctx.tx, &idea, ctx.now_ms).await?;
    let text = ctx.t("idea-created", &[("id", id.into()), ("title", idea.title.into())]);
    ctx.reply_text(text, Some(subject(id)));
    Ok(())
}

/// `!ideen [meine|top|neu|suche <Wort>]`.
pub async fn list(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let args = args.trim();
    let (keyword, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let sender = ctx.inbound.sender.clone();
    let listing = match keyword.to_lowercase().as_str() {
        "" | "neu" | "new" => Listing::Newest,
        "top" => Listing::Top,
        "meine" | "mine" => Listing::Mine(&sender),
        "suche" | "search" if !rest.trim().is_empty() => Listing::Search(rest.trim()),
        "suche" | "search" => {
            ctx.reply("ideas-search-usage", &[]);
            return Ok(());
        }
        _ => {
            ctx.reply("ideas-usage", &[]);
            return Ok(());
        }
    };
    let (rows, total) = queries::list(ctx.tx, &listing, LIST_LIMIT).await?;
    if rows.is_empty() {
        let id = match listing {
            Listing::Mine(_) => "ideas-none-mine",
            Listing::Search(_) => "ideas-none-found",
            _ => "ideas-none",
        };
        ctx.reply(id, &[]);
        return Ok(());
    }
    let heading = match &listing {
        Listing::Newest => ctx.t("ideas-heading-new", &[("count", total.into())]),
        Listing::Top => ctx.t("ideas-heading-top", &[("count", total.into())]),
        Listing::Mine(_) => ctx.t("ideas-heading-mine", &[("count", total.into())]),
        Listing::Search(word) => ctx.t(
            "ideas-heading-search",
            &[("count", total.into()), ("word", (*word).into())],
        ),
    };
    let mut text = heading;
    for row in &rows {
        text.push('\n');
        text.push_str(&list_line(ctx, row));
    }
    if total > rows.len() as i64 {
        text.push('\n');
        text.push_str(&ctx.t("ideas-more", &[("count", (total - rows.len() as i64).into())]));
    }
    ctx.reply_text(text, None);
    Ok(())
}

fn list_line(ctx: &Ctx<'_>, row: &IdeaRow) -> String {
    ctx.t(
        "ideas-line",
        &[
            ("id", row.id.into()),
            ("title", show::display_title(ctx, row).into()),
            ("supporters", row.supporters.into()),
            ("status", show::status_label(ctx, &row.status).into()),
        ],
    )
}

/// Reads the idea number `#N` at the start of `args` and the rest after it; replies with
/// `usage` (nothing given) or how to write it (malformed) and returns None if it is not there.
pub fn idea_ref(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Option<(i64, String)> {
    ctx.record_ref(args, usage, "idea-ref-invalid")
}

/// Looks up `#N` from `args` for a command; replies with the problem and returns None if there is one.
async fn target_idea(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Result<Option<(IdeaRow, String)>> {
    let Some((id, rest)) = idea_ref(ctx, args, usage) else {
        return Ok(None);
    };
    match queries::get(ctx.tx, id).await? {
        Some(row) => Ok(Some((row, rest))),
        None => {
            ctx.reply("idea-not-found", &[("id", id.into())]);
            Ok(None)
        }
    }
}

/// `!unterstütze #N`.
pub async fn support(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((row, _)) = target_idea(ctx, args, "support-usage").await? else {
        return Ok(());
    };
    if row.status == WITHDRAWN {
        ctx.reply("idea-withdrawn-already", &[("id", row.id.into())]);
        return Ok(());
    }
    let sender = ctx.inbound.sender.clone();
    if queries::add_supporter(ctx.tx, row.id, &sender, ctx.now_ms).await? {
        ctx.reply(
            "support-added",
            &[("id", row.id.into()), ("count", (row.supporters + 1).into())],
        );
    } else {
        ctx.reply("support-already", &[("id", row.id.into())]);
    }
    Ok(())
}

/// `!kommentar #N <Text>`.
pub async fn comment(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((row, text)) = target_idea(ctx, args, "comment-usage").await? else {
        return Ok(());
    };
    if text.is_empty() {
        ctx.reply("comment-usage", &[]);
        return Ok(());
    }
    if !crate::bot::limits::text_fits(ctx, &text, crate::bot::limits::MAX_TEXT_CHARS) {
        return Ok(());
    }
    if row.status == WITHDRAWN {
        ctx.reply("idea-withdrawn-already", &[("id", row.id.into())]);
        return Ok(());
    }
    let (sender, event_id, room) = (
        ctx.inbound.sender.clone(),
        ctx.inbound.event_id.clone(),
        ctx.inbound.room_id.clone(),
    );
    let source = queries::Source {
        event_id: &event_id,
        room: &room,
    };
    queries::add_comment(ctx.tx, row.id, &sender, &text, &source, ctx.now_ms).await?;
    ctx.reply("comment-added", &[("id", row.id.into())]);
    Ok(())
}

/// `!zurückziehen #N` (author only).
pub async fn withdraw(ctx: &mut Ctx<'_>, args: &str) -> Result<()> {
    let Some((row, _)) = target_idea(ctx, args, "withdraw-usage").await? else {
        return Ok(());
    };
    if row.author != ctx.inbound.sender {
        ctx.reply("withdraw-not-author", &[("id", row.id.into())]);
        return Ok(());
    }
    if row.status == WITHDRAWN {
        ctx.reply("idea-withdrawn-already", &[("id", row.id.into())]);
        return Ok(());
    }
    queries::set_status(ctx.tx, row.id, WITHDRAWN, ctx.now_ms).await?;
    ctx.reply("withdraw-done", &[("id", row.id.into())]);
    Ok(())
}
