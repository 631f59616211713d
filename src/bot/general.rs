//! The core's own capability: `!hilfe`, `!sprache`, `!fachbereich`, `!abbrechen`, the daily
//! retention sweep and the audit log's export table, registered like any other so that help, the parser and the reminder task see
//! them in the same table.

use super::commands::{Command, Role};
use super::registry::{Capability, Export, Hooks, ReminderKind, Topic};
use super::retention;
use super::{audit, help, users};

/// `!abbrechen` stops any dialog; the core routes it before the dialog sees the message.
pub const CANCEL: &str = "abbrechen";

pub const CAPABILITY: Capability = Capability {
    name: "core",
    commands: &[
        Command {
            name: "hilfe",
            aliases: &["help"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-hilfe",
            run: |ctx, args| {
                help::help(ctx, args);
                Box::pin(async { Ok(()) })
            },
        },
        Command {
            name: "sprache",
            aliases: &["language"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-sprache",
            run: |ctx, args| Box::pin(users::set_language(ctx, args)),
        },
        Command {
            name: "fachbereich",
            aliases: &["department"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-fachbereich",
            run: |ctx, args| Box::pin(users::set_department(ctx, args)),
        },
        Command {
            name: CANCEL,
            aliases: &["cancel"],
            role: Role::Everyone,
            topic: "allgemein",
            help_key: "help-abbrechen",
            // Reached only when no dialog is open: with one, the core cancels it first.
            run: |ctx, _| {
                ctx.reply("dialog-none", &[]);
                Box::pin(async { Ok(()) })
            },
        },
    ],
    topics: &[Topic {
        name: "allgemein",
        aliases: &["general", "einstellungen"],
        heading: "topic-allgemein",
    }],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/core.ftl")),
        ("en", include_str!("../../prompts/en/core.ftl")),
    ],
    dialog: None,
    reminders: &[ReminderKind {
        kind: retention::KIND,
        compose: |tx, reminder, settings, now_ms| Box::pin(retention::sweep(tx, reminder, settings, now_ms)),
    }],
    settings: None,
    records: None,
    retention: &[],
    report: None,
    tables: &[Export {
        name: "audit",
        aliases: &["protokoll"],
        table: |tx, scope, sink| Box::pin(audit::table(tx, scope, sink)),
    }],
    hooks: Hooks::NONE,
};
