//! Round tables (PRODUCT.md "Rundtische"): the team opens one in a room with agenda topics;
//! while it is open every message there is recorded as feedback on the current topic; employees
//! may also contribute by DM, anonymously if they like; closing posts a summary and a protocol.

mod erase;
mod feedback;
mod lifecycle;
mod queries;
mod report;
mod retention;
mod summary;

use crate::bot::commands::{Command, Role};
use crate::bot::dialog::DialogState;
use crate::bot::registry::{Capability, Dialog, Export, Hooks, Records, Topic};
use serde::{Deserialize, Serialize};

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "roundtables";
/// `!feedback`; a message that is this command is not itself a contribution.
pub const FEEDBACK_COMMAND: &str = "feedback";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "rundtisch",
            aliases: &["roundtable"],
            role: Role::Team,
            topic: "rundtische",
            help_key: "help-rundtisch",
            run: |ctx, args| Box::pin(lifecycle::round_table(ctx, args)),
        },
        Command {
            name: "rundtische",
            aliases: &["roundtables"],
            role: Role::Team,
            topic: "rundtische",
            help_key: "help-rundtische",
            run: |ctx, args| Box::pin(lifecycle::list(ctx, args)),
        },
        Command {
            name: FEEDBACK_COMMAND,
            aliases: &["rückmeldung", "rueckmeldung"],
            role: Role::Everyone,
            topic: "rundtische",
            help_key: "help-feedback",
            run: |ctx, args| Box::pin(feedback::feedback(ctx, args)),
        },
    ],
    topics: &[Topic {
        name: "rundtische",
        aliases: &["rundtisch", "roundtables", "roundtable", "feedback"],
        heading: "topic-rundtische",
    }],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/roundtables.ftl")),
        ("en", include_str!("../../prompts/en/roundtables.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(feedback::answer_stored(ctx, state, body)),
    }),
    reminders: &[],
    settings: None,
    records: Some(Records {
        kind: "roundtable",
        find: |tx, id| Box::pin(queries::info(tx, id)),
    }),
    retention: &[retention::RULE],
    report: Some(|tx, scope| Box::pin(report::section(tx, scope))),
    tables: &[Export {
        name: "rundtische",
        aliases: &["roundtables"],
        table: |tx, scope, sink| Box::pin(report::table(tx, scope, sink)),
    }],
    hooks: Hooks {
        edit: Some(|ctx, target, body| Box::pin(feedback::on_edit(ctx, target, body))),
        redaction: Some(|ctx, target, _| Box::pin(feedback::on_redaction(ctx, target))),
        plain_message: Some(|ctx, body| Box::pin(feedback::record_contribution(ctx, body))),
        my_data: Some(|ctx| Box::pin(feedback::my_data(ctx))),
        erase: Some(|ctx, erasure| Box::pin(erase::erase(ctx, erasure))),
        ..Hooks::NONE
    },
};

/// The round tables' dialog, under the tag it was always stored with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "dialog")]
pub enum RoundTableDialog {
    Feedback(FeedbackDialog),
}

impl DialogState for RoundTableDialog {
    const OWNER: &'static str = NAME;

    fn is_anonymous(&self) -> bool {
        let RoundTableDialog::Feedback(draft) = self;
        draft.anonymous
    }
}

/// `!feedback` in a DM while several round tables are open: the text waits for the choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackDialog {
    /// Ids of the open round tables, in the order offered (choice 1 is the first).
    pub choices: Vec<i64>,
    pub text: String,
    pub anonymous: bool,
}

/// Longest topic title accepted, in characters.
const MAX_TOPIC_CHARS: usize = 200;
/// Most agenda topics one round table may have.
const MAX_TOPICS: usize = 20;
