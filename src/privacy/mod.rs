//! Data protection (PRODUCT.md "Datenschutz"): `!meine-daten` shows a person everything Lotse
//! keeps about them, gathered from every capability's `my_data` hook; `!vergiss-mich` and the
//! team's `!vergiss @user` erase a person through every capability's `erase` hook.

mod export;
mod forget;
mod my_data;

use crate::bot::commands::{Command, Role};
use crate::bot::registry::{Capability, Dialog, Hooks};

/// The capability's name, stored with its dialogs.
pub const NAME: &str = "privacy";

pub const CAPABILITY: Capability = Capability {
    name: NAME,
    commands: &[
        Command {
            name: "meine-daten",
            aliases: &["my-data"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-meine-daten",
            run: |ctx, args| Box::pin(my_data::my_data(ctx, args)),
        },
        Command {
            name: "vergiss-mich",
            aliases: &["forget-me"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-vergiss-mich",
            run: |ctx, args| Box::pin(forget::forget_me(ctx, args)),
        },
        Command {
            name: "vergiss",
            aliases: &["forget"],
            role: Role::Team,
            topic: "team",
            help_key: "help-vergiss",
            run: |ctx, args| Box::pin(forget::forget_other(ctx, args)),
        },
    ],
    topics: &[],
    first_steps: &["meine-daten"],
    prompts: &[
        ("de", include_str!("../../prompts/de/privacy.ftl")),
        ("en", include_str!("../../prompts/en/privacy.ftl")),
    ],
    dialog: Some(Dialog {
        answer: |ctx, state, body| Box::pin(forget::answer_stored(ctx, state, body)),
    }),
    reminders: &[],
    settings: None,
    records: None,
    retention: &[],
    report: None,
    tables: &[],
    hooks: Hooks::NONE,
};
