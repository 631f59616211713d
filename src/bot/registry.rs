//! What a capability declares to the core: its commands, help topics, prompts, dialog, reminder
//! kinds, settings section, report section, export tables and hooks. `crate::CAPABILITIES` lists every capability; help, the
//! parser, dialog routing, reminders, configuration and the hooks only ever iterate that list.

use super::commands::Command;
use super::context::Ctx;
use super::erasure::{Erasure, Tally};
use super::report::{self, Scope, TableSink};
use super::settings::Section;
use crate::reminders::{Fired, Reminder};
use crate::store::Tx;
use std::future::Future;
use std::pin::Pin;

/// The future a hook returns; boxed so that hooks fit in a plain table of function pointers.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

/// Runs a command: the context and the text after the command word.
pub type Handler = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a str) -> BoxFuture<'a, ()>;

/// One capability: a folder of its own, registered once in `crate::CAPABILITIES`.
pub struct Capability {
    /// Unique, lowercase; stored with the capability's dialogs, so never rename one.
    pub name: &'static str,
    pub commands: &'static [Command],
    /// Help topics this capability adds, in the order `!hilfe` shows them.
    pub topics: &'static [Topic],
    /// The names of its commands that most people use first: `!hilfe` alone lists only these (in
    /// registry order), everything else is under `!hilfe <topic>`. Usually empty.
    pub first_steps: &'static [&'static str],
    /// Its Fluent sources as (language, text), embedded with `include_str!`.
    pub prompts: &'static [(&'static str, &'static str)],
    /// Its guided dialog, if it has one.
    pub dialog: Option<Dialog>,
    pub reminders: &'static [ReminderKind],
    /// Its section of the configuration file, if it has settings.
    pub settings: Option<Section>,
    /// How other capabilities look up one of its records by number, if they may.
    pub records: Option<Records>,
    /// What it reduces or deletes once old enough (storage limitation, GDPR Art. 5(1)(e)).
    pub retention: &'static [Retention],
    /// Its section of `!bericht` (key figures and charts), if it has one.
    pub report: Option<ReportHook>,
    /// The tables it offers to `!export`.
    pub tables: &'static [Export],
    pub hooks: Hooks,
}

/// Computes a capability's key figures for a period, inside a read transaction.
pub type ReportHook = for<'a> fn(&'a mut Tx, &'a Scope<'a>) -> BoxFuture<'a, report::Section>;

/// A table `!export <name>` produces; `!export alles` produces every one.
pub struct Export {
    /// The word after `!export` (German, lowercase); unique across capabilities.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// Reads the table, with every column the strategy team may see and nothing more, and writes
    /// it to the sink as it reads it.
    pub table: for<'a> fn(&'a mut Tx, &'a Scope<'a>, &'a mut dyn TableSink) -> BoxFuture<'a, ()>,
}

/// Finds a record of this capability by number, for another capability that refers to it
/// (a concern about idea #12).
pub struct Records {
    /// The kind other capabilities name it by (`idea`).
    pub kind: &'static str,
    pub find: for<'a> fn(&'a mut Tx, i64) -> BoxFuture<'a, Option<RecordInfo>>,
}

/// A retention rule: a period under `[privacy]` in the configuration, and what becomes of the
/// capability's records once they are older. The daily sweep applies every rule.
pub struct Retention {
    /// Its key under `[privacy]`, e.g. `round_table_contributions_months`; unique.
    pub key: &'static str,
    pub default_months: i64,
    /// Applies the rule to whatever ended before `cutoff_ms`; returns how many records changed.
    pub apply: for<'a> fn(&'a mut Tx, i64) -> BoxFuture<'a, u64>,
}

/// What another capability may know of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInfo {
    /// Empty when its text was removed.
    pub title: String,
    /// Withdrawn by its author: it takes nothing new.
    pub withdrawn: bool,
}

/// A help topic: `!hilfe <name>` (or an alias) shows its commands and the `<heading>-details` text.
pub struct Topic {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// Fluent id of its heading.
    pub heading: &'static str,
}

/// Answers a plain message while the capability's dialog is open: the stored state (JSON) and
/// the message. `Answered::Unreadable` when the state cannot be read; the core then apologises.
pub type DialogAnswer = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a str, &'a str) -> BoxFuture<'a, Answered>;

pub struct Dialog {
    pub answer: DialogAnswer,
}

/// What became of a message given to a dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    Done,
    /// The stored state is not one this capability can read (any more).
    Unreadable,
}

/// Turns a due reminder into its messages (and follow-ups) inside the firing transaction.
pub type Compose = for<'a> fn(&'a mut Tx, &'a Reminder, &'a super::Settings, i64) -> BoxFuture<'a, Fired>;

/// A kind of reminder and the function that composes it when it falls due.
pub struct ReminderKind {
    /// Stored with every reminder of this kind; unique across capabilities.
    pub kind: &'static str,
    pub compose: Compose,
}

/// A hook on an earlier event (`target`) and, for edits and reactions, the new text or key.
pub type EventHook = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a str, &'a str) -> BoxFuture<'a, ()>;

/// A plain message (no command, no dialog) in a room: true if the capability took it.
pub type MessageHook = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a str) -> BoxFuture<'a, bool>;

/// Lines a capability adds about the sender to `!meine-daten`.
pub type SenderLinesHook = for<'a, 'c> fn(&'a mut Ctx<'c>) -> BoxFuture<'a, Vec<String>>;

/// Lines a capability adds when another capability shows one of its records (`!idee #N`).
pub type RecordLinesHook = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a RecordRef) -> BoxFuture<'a, Vec<String>>;

/// Erases or anonymises what a capability keeps about a person, inside the event's transaction,
/// and says what it did (see `erasure`). Whatever still names them afterwards is renamed to their
/// tombstone by the core. Also runs for the preview, which is rolled back.
pub type EraseHook = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a Erasure) -> BoxFuture<'a, Vec<Tally>>;

/// A record as other capabilities see it: its kind (`idea`, …) and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordRef {
    pub kind: &'static str,
    pub id: i64,
}

/// A record of one capability moved (or is about to move) to another status: what the others may
/// react to or hold back. The status is the stored value; the names are as stored.
#[derive(Debug, Clone)]
pub struct StatusChange {
    pub record: RecordRef,
    pub status: &'static str,
    pub title: String,
    pub department: String,
    pub owner: Option<String>,
}

/// Asked before a status change: the refusal in the sender's language if the change must wait
/// for something this capability records, or None.
pub type StatusGate = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a StatusChange) -> BoxFuture<'a, Option<String>>;

/// Reacts to a status change inside the same transaction; returns lines for the confirmation.
pub type StatusHook = for<'a, 'c> fn(&'a mut Ctx<'c>, &'a StatusChange) -> BoxFuture<'a, Vec<String>>;

/// The hooks a capability needs; each is optional.
pub struct Hooks {
    /// A sender edited an earlier message: `(target, new body)`.
    pub edit: Option<EventHook>,
    /// An earlier event was redacted: `(target, "")`. Must remove every text the event created.
    pub redaction: Option<EventHook>,
    /// A reaction `(target, key)`.
    pub reaction: Option<EventHook>,
    /// A plain message in a room, neither a command nor a dialog answer.
    pub plain_message: Option<MessageHook>,
    /// Its part of `!meine-daten`: lines about the sender.
    pub my_data: Option<SenderLinesHook>,
    /// Extra lines when a record of another capability is shown (e.g. `!idee #N`).
    pub record_details: Option<RecordLinesHook>,
    /// Lines naming this capability's records that are linked to another's record, for reports
    /// that follow the link.
    pub linked: Option<RecordLinesHook>,
    /// Its part of erasing a person (`!vergiss-mich`, `!vergiss`).
    pub erase: Option<EraseHook>,
    /// A record of another capability changed its status.
    pub status_changed: Option<StatusHook>,
    /// A record of another capability is about to change its status, and may be held back.
    pub status_gate: Option<StatusGate>,
}

impl Hooks {
    /// No hooks; spread into a capability's hooks with `..Hooks::NONE`.
    pub const NONE: Hooks = Hooks {
        edit: None,
        redaction: None,
        reaction: None,
        plain_message: None,
        my_data: None,
        record_details: None,
        linked: None,
        erase: None,
        status_changed: None,
        status_gate: None,
    };
}

/// Every registered capability, in the order help lists them.
pub fn all() -> &'static [&'static Capability] {
    crate::CAPABILITIES
}

/// Record `id` of kind `kind`, from the capability that keeps such records.
pub async fn find_record(tx: &mut Tx, kind: &str, id: i64) -> anyhow::Result<Option<RecordInfo>> {
    match all().iter().filter_map(|c| c.records.as_ref()).find(|r| r.kind == kind) {
        Some(records) => (records.find)(tx, id).await,
        None => Ok(None),
    }
}

/// Tells every capability that `change` happened; returns the lines they add to the confirmation.
pub async fn status_changed(ctx: &mut Ctx<'_>, change: &StatusChange) -> anyhow::Result<Vec<String>> {
    let mut lines = vec![];
    for hook in all().iter().filter_map(|c| c.hooks.status_changed) {
        lines.extend(hook(ctx, change).await?);
    }
    Ok(lines)
}

/// The lines every capability's `linked` hook gives for `record`.
pub async fn linked(ctx: &mut Ctx<'_>, record: &RecordRef) -> anyhow::Result<Vec<String>> {
    let mut lines = vec![];
    for hook in all().iter().filter_map(|c| c.hooks.linked) {
        lines.extend(hook(ctx, record).await?);
    }
    Ok(lines)
}

/// The first refusal of a status change that a capability's gate gives, if any.
pub async fn status_refusal(ctx: &mut Ctx<'_>, change: &StatusChange) -> anyhow::Result<Option<String>> {
    for gate in all().iter().filter_map(|c| c.hooks.status_gate) {
        if let Some(refusal) = gate(ctx, change).await? {
            return Ok(Some(refusal));
        }
    }
    Ok(None)
}

/// The capability called `name`.
pub fn find(name: &str) -> Option<&'static Capability> {
    all().iter().copied().find(|c| c.name == name)
}
