//! Commands are data: each capability lists its commands (German name, aliases, role, help key,
//! handler) and these lookups run over all of them. `!hilfe` is generated from the same rows, so
//! help never drifts from behaviour.

use super::registry::{self, Handler, Topic};
use std::sync::LazyLock;

/// Who may use a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Everyone,
    /// Promoters of a Fachbereich, and the strategy team.
    Promoter,
    /// The strategy team only (configured user ids and power level >= 50 in the strategy room).
    Team,
}

/// One row of a capability's command table.
pub struct Command {
    /// German name, as shown in help.
    pub name: &'static str,
    /// Other accepted spellings and English aliases.
    pub aliases: &'static [&'static str],
    pub role: Role,
    /// Help topic the command is listed under (any capability's topic).
    pub topic: &'static str,
    /// Fluent id of the one-line help text.
    pub help_key: &'static str,
    pub run: Handler,
}

impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "!{}", self.name)
    }
}

impl PartialEq for Command {
    /// Names are unique (an architecture test checks), so a name identifies its command.
    fn eq(&self, other: &Command) -> bool {
        self.name == other.name
    }
}

/// Every command of every capability, in registry order.
pub fn all() -> &'static [&'static Command] {
    static ALL: LazyLock<Vec<&'static Command>> =
        LazyLock::new(|| registry::all().iter().flat_map(|c| c.commands.iter()).collect());
    &ALL
}

/// The commands the capabilities mark as first steps, in registry order: what `!hilfe` alone
/// shows a newcomer.
pub fn first_steps() -> impl Iterator<Item = &'static Command> {
    registry::all().iter().flat_map(|c| {
        c.first_steps
            .iter()
            .filter_map(|name| c.commands.iter().find(|spec| spec.name == *name))
    })
}

/// Every help topic, in the order `!hilfe` shows them.
pub fn topics() -> impl Iterator<Item = &'static Topic> {
    registry::all().iter().flat_map(|c| c.topics.iter())
}

/// Finds a command by name or alias (case-insensitive).
pub fn lookup(word: &str) -> Option<&'static Command> {
    let word = word.to_lowercase();
    all()
        .iter()
        .copied()
        .find(|c| c.name == word || c.aliases.contains(&word.as_str()))
}

/// The known command closest to `word`, if it is close enough to be a likely typo.
pub fn closest(word: &str) -> Option<&'static Command> {
    let word = word.to_lowercase();
    all()
        .iter()
        .copied()
        .flat_map(|c| {
            std::iter::once(c.name)
                .chain(c.aliases.iter().copied())
                .map(move |n| (c, n))
        })
        .map(|(c, n)| (c, strsim::damerau_levenshtein(&word, n)))
        .filter(|(_, d)| *d <= 2.max(word.chars().count() / 3))
        .min_by_key(|(_, d)| *d)
        .map(|(c, _)| c)
}
