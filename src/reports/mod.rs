//! Reports and exports (PRODUCT.md "Berichte und Exporte"): `!bericht [Zeitraum]` posts the key
//! figures every capability computes for its section, with charts as PNG images; `!export <was>
//! [xlsx|csv]` sends the tables they offer as files. `lotse report` and `lotse export` produce
//! the same from the command line. This folder knows the formats, never a capability's data.

mod build;
mod cells;
pub mod chart;
pub mod cli;
mod commands;
mod delimited;
mod files;
mod gather;
pub mod period;
mod text;
mod xlsx;

use crate::bot::commands::{Command, Role};
use crate::bot::registry::{Capability, Hooks};

pub const CAPABILITY: Capability = Capability {
    name: "reports",
    commands: &[
        Command {
            name: "bericht",
            aliases: &["report"],
            role: Role::Team,
            topic: "team",
            help_key: "help-bericht",
            run: |ctx, args| Box::pin(commands::report(ctx, args)),
        },
        Command {
            name: "export",
            aliases: &["exportieren"],
            role: Role::Team,
            topic: "team",
            help_key: "help-export",
            run: |ctx, args| Box::pin(commands::export(ctx, args)),
        },
    ],
    topics: &[],
    first_steps: &[],
    prompts: &[
        ("de", include_str!("../../prompts/de/reports.ftl")),
        ("en", include_str!("../../prompts/en/reports.ftl")),
    ],
    dialog: None,
    reminders: &[],
    settings: None,
    records: None,
    retention: &[],
    report: None,
    tables: &[],
    hooks: Hooks::NONE,
};
