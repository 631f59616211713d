//! Data protection (PRODUCT.md "Datenschutz"): `!meine-daten` shows a person everything Lotse
//! keeps about them, gathered from every capability's `my_data` hook.

mod my_data;

use crate::bot::commands::{Command, Role};
use crate::bot::registry::{Capability, Hooks};

pub const CAPABILITY: Capability = Capability {
    name: "privacy",
    commands: &[Command {
        name: "meine-daten",
        aliases: &["my-data"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-meine-daten",
        run: |ctx, args| Box::pin(my_data::my_data(ctx, args)),
    }],
    topics: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/privacy.ftl")),
        ("en", include_str!("../../prompts/en/privacy.ftl")),
    ],
    dialog: None,
    reminders: &[],
    settings: None,
    records: None,
    hooks: Hooks::NONE,
};
