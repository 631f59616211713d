//! Trainings (PRODUCT.md "Schulungen"): the team plans trainings (`!schulung`), everyone signs up
//! (`!anmelden`) with a waiting list that moves up by itself, reminders go out before the date, and
//! recorded attendance is per-person evidence of AI literacy (EU AI Act Art. 4) with a refresher.

mod attendance;
mod erase;
mod fields;
mod manage;
mod plan;
pub mod queries;
pub mod reminders;
mod report;
mod settings;
mod signup;

pub use settings::TrainingSettings;

use crate::bot::commands::{Command, Role};
use crate::bot::context::Ctx;
use crate::bot::dialog::DialogState;
use crate::bot::registry::{Capability, Dialog, Export, Hooks, ReminderKind, Topic};
use crate::bot::types::Subject;
use serde::{Deserialize, Serialize};

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "trainings";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "schulung",
            aliases: &["training"],
            role: Role::Team,
            topic: "schulungen",
            help_key: "help-schulung",
            run: |ctx, args| Box::pin(plan::training(ctx, args)),
        },
        Command {
            name: "schulungen",
            aliases: &["trainings"],
            role: Role::Everyone,
            topic: "schulungen",
            help_key: "help-schulungen",
            run: |ctx, args| Box::pin(signup::list(ctx, args)),
        },
        Command {
            name: "anmelden",
            aliases: &["signup"],
            role: Role::Everyone,
            topic: "schulungen",
            help_key: "help-anmelden",
            run: |ctx, args| Box::pin(signup::sign_up(ctx, args)),
        },
        Command {
            name: "abmelden",
            aliases: &["signoff"],
            role: Role::Everyone,
            topic: "schulungen",
            help_key: "help-abmelden",
            run: |ctx, args| Box::pin(signup::sign_off(ctx, args)),
        },
        Command {
            name: "meine-schulungen",
            aliases: &["my-trainings"],
            role: Role::Everyone,
            topic: "schulungen",
            help_key: "help-meine-schulungen",
            run: |ctx, args| Box::pin(signup::mine(ctx, args)),
        },
        Command {
            name: "teilnahme",
            aliases: &["attendance"],
            role: Role::Team,
            topic: "schulungen",
            help_key: "help-teilnahme",
            run: |ctx, args| Box::pin(attendance::attendance(ctx, args)),
        },
        Command {
            name: "kompetenz",
            aliases: &["literacy"],
            role: Role::Team,
            topic: "schulungen",
            help_key: "help-kompetenz",
            run: |ctx, args| Box::pin(attendance::literacy(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "schulungen",
        aliases: &["schulung", "trainings", "training"],
        heading: "topic-schulungen",
    }],
    first_steps: &["schulungen"],
    prompts: &[
        ("de", include_str!("../../prompts/de/trainings.ftl")),
        ("en", include_str!("../../prompts/en/trainings.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(plan::answer_stored(ctx, state, body)),
    }),
    reminders: &[
        ReminderKind {
            kind: reminders::KIND_PARTICIPANTS,
            compose: |tx, reminder, settings, now_ms| {
                Box::pin(reminders::compose_participants(tx, reminder, settings, now_ms))
            },
        },
        ReminderKind {
            kind: reminders::KIND_LOW_SIGNUPS,
            compose: |tx, reminder, settings, now_ms| {
                Box::pin(reminders::compose_low_signups(tx, reminder, settings, now_ms))
            },
        },
        ReminderKind {
            kind: reminders::KIND_REFRESHER,
            compose: |tx, reminder, settings, now_ms| {
                Box::pin(reminders::compose_refresher(tx, reminder, settings, now_ms))
            },
        },
    ],
    settings: Some(settings::SECTION),
    records: None,
    retention: &[],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[
        Export {
            name: "schulungen",
            aliases: &["trainings"],
            table: |tx, scope, sink| Box::pin(async move { report::trainings_table(tx, scope).await?.write_to(sink) }),
        },
        Export {
            name: "kompetenz",
            aliases: &["literacy"],
            table: |tx, scope, sink| Box::pin(async move { report::literacy_table(tx, scope).await?.write_to(sink) }),
        },
    ],
    hooks: Hooks {
        my_data: Some(|ctx| Box::pin(signup::my_data(ctx))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        ..Hooks::NONE
    },
};

/// The trainings' dialog, under the tag it was always stored with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum TrainingsDialog {
    Training(TrainingDialog),
}

impl DialogState for TrainingsDialog {
    const OWNER: &'static str = NAME;
}

/// The guided `!schulung neu` dialog: the answers so far and the question asked now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingDialog {
    pub step: Field,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub starts_at: i64,
    #[serde(default)]
    pub duration_minutes: i64,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub capacity: i64,
}

/// A field of a training: the question a `TrainingDialog` waits for an answer to, and what
/// `!schulung #N ändern` changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Level,
    Date,
    Duration,
    Place,
    Capacity,
    Departments,
}

/// Messages about a training carry this subject.
pub fn subject(id: i64) -> Subject {
    Subject {
        kind: "training".into(),
        id,
    }
}

/// Training `id`, locked for this transaction, if it exists and is not cancelled; otherwise
/// replies why not and returns None.
async fn lock_active(ctx: &mut Ctx<'_>, id: i64) -> anyhow::Result<Option<queries::Training>> {
    let Some(training) = queries::lock(ctx.tx, id, ctx.now_ms).await? else {
        ctx.reply("training-not-found", &[("id", id.into())]);
        return Ok(None);
    };
    if training.is_cancelled() {
        ctx.reply("training-is-cancelled", &[("id", id.into())]);
        return Ok(None);
    }
    Ok(Some(training))
}

/// Reads the training number `#N` at the start of `args` and the rest after it; replies with
/// `usage` (nothing given) or how to write it (malformed) and returns None if it is not there.
fn training_ref(ctx: &mut Ctx<'_>, args: &str, usage: &str) -> Option<(i64, String)> {
    ctx.record_ref(args, usage, "training-ref-invalid")
}
