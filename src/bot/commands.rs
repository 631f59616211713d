//! The command table: German names, English aliases, who may use them and their help text.
//! `!hilfe` is generated from this table, so help never drifts from behaviour.

/// Every command Lotse understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommandId {
    Help,
    Idea,
    Ideas,
    Support,
    Comment,
    Withdraw,
    Language,
    Department,
    Cancel,
    Score,
    Status,
    Owner,
    Portfolio,
    Reassessed,
    ReassessmentsDue,
    RoleAssign,
}

/// Who may use a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Everyone,
    /// Promoters of a Fachbereich, and the strategy team.
    Promoter,
    /// The strategy team only (configured user ids and power level >= 50 in the strategy room).
    Team,
}

/// One row of the command table.
#[derive(Debug, PartialEq)]
pub struct CommandSpec {
    pub id: CommandId,
    /// German name, as shown in help.
    pub name: &'static str,
    /// Other accepted spellings and English aliases.
    pub aliases: &'static [&'static str],
    pub role: Role,
    /// Help topic (module) the command belongs to.
    pub topic: &'static str,
    /// Fluent id of the one-line help text.
    pub help_key: &'static str,
}

pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        id: CommandId::Help,
        name: "hilfe",
        aliases: &["help"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-hilfe",
    },
    CommandSpec {
        id: CommandId::Idea,
        name: "idee",
        aliases: &["idea"],
        role: Role::Everyone,
        topic: "ideen",
        help_key: "help-idee",
    },
    CommandSpec {
        id: CommandId::Ideas,
        name: "ideen",
        aliases: &["ideas"],
        role: Role::Everyone,
        topic: "ideen",
        help_key: "help-ideen",
    },
    CommandSpec {
        id: CommandId::Support,
        name: "unterstütze",
        aliases: &["unterstuetze", "unterstutze", "support"],
        role: Role::Everyone,
        topic: "ideen",
        help_key: "help-unterstuetze",
    },
    CommandSpec {
        id: CommandId::Comment,
        name: "kommentar",
        aliases: &["comment"],
        role: Role::Everyone,
        topic: "ideen",
        help_key: "help-kommentar",
    },
    CommandSpec {
        id: CommandId::Withdraw,
        name: "zurückziehen",
        aliases: &["zurueckziehen", "zuruckziehen", "withdraw"],
        role: Role::Everyone,
        topic: "ideen",
        help_key: "help-zurueckziehen",
    },
    CommandSpec {
        id: CommandId::Language,
        name: "sprache",
        aliases: &["language"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-sprache",
    },
    CommandSpec {
        id: CommandId::Department,
        name: "fachbereich",
        aliases: &["department"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-fachbereich",
    },
    CommandSpec {
        id: CommandId::Cancel,
        name: "abbrechen",
        aliases: &["cancel"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-abbrechen",
    },
    CommandSpec {
        id: CommandId::Score,
        name: "bewerte",
        aliases: &["bewerten", "score"],
        role: Role::Team,
        topic: "team",
        help_key: "help-bewerte",
    },
    CommandSpec {
        id: CommandId::Status,
        name: "status",
        aliases: &[],
        role: Role::Team,
        topic: "team",
        help_key: "help-status",
    },
    CommandSpec {
        id: CommandId::Owner,
        name: "verantwortlich",
        aliases: &["owner"],
        role: Role::Team,
        topic: "team",
        help_key: "help-verantwortlich",
    },
    CommandSpec {
        id: CommandId::Portfolio,
        name: "portfolio",
        aliases: &[],
        role: Role::Team,
        topic: "team",
        help_key: "help-portfolio",
    },
    CommandSpec {
        id: CommandId::Reassessed,
        name: "neubewertet",
        aliases: &["reassessed"],
        role: Role::Team,
        topic: "team",
        help_key: "help-neubewertet",
    },
    CommandSpec {
        id: CommandId::ReassessmentsDue,
        name: "neubewertung",
        aliases: &["reassessments"],
        role: Role::Team,
        topic: "team",
        help_key: "help-neubewertung",
    },
    CommandSpec {
        id: CommandId::RoleAssign,
        name: "rolle",
        aliases: &["role"],
        role: Role::Team,
        topic: "team",
        help_key: "help-rolle",
    },
];

/// The help topics, in the order `!hilfe` shows them, with the Fluent id of their heading.
pub const TOPICS: &[(&str, &[&str], &str)] = &[
    ("allgemein", &["general", "einstellungen"], "topic-allgemein"),
    ("ideen", &["ideas", "idee", "idea"], "topic-ideen"),
    ("team", &["strategieteam", "strategy", "bewertung"], "topic-team"),
];

/// Finds a command by name or alias (case-insensitive).
pub fn lookup(word: &str) -> Option<&'static CommandSpec> {
    let word = word.to_lowercase();
    COMMANDS
        .iter()
        .find(|c| c.name == word || c.aliases.contains(&word.as_str()))
}

/// The known command closest to `word`, if it is close enough to be a likely typo.
pub fn closest(word: &str) -> Option<&'static CommandSpec> {
    let word = word.to_lowercase();
    COMMANDS
        .iter()
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

pub fn spec(id: CommandId) -> &'static CommandSpec {
    COMMANDS
        .iter()
        .find(|c| c.id == id)
        .expect("every command id has a table row")
}
