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
    RoundTable,
    RoundTables,
    Feedback,
    Concern,
    ConcernAnswer,
    Training,
    Trainings,
    SignUp,
    SignOff,
    MyTrainings,
    Attendance,
    Literacy,
    MyData,
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
    CommandSpec {
        id: CommandId::RoundTable,
        name: "rundtisch",
        aliases: &["roundtable"],
        role: Role::Team,
        topic: "rundtische",
        help_key: "help-rundtisch",
    },
    CommandSpec {
        id: CommandId::RoundTables,
        name: "rundtische",
        aliases: &["roundtables"],
        role: Role::Team,
        topic: "rundtische",
        help_key: "help-rundtische",
    },
    CommandSpec {
        id: CommandId::Feedback,
        name: "feedback",
        aliases: &["rückmeldung", "rueckmeldung"],
        role: Role::Everyone,
        topic: "rundtische",
        help_key: "help-feedback",
    },
    CommandSpec {
        id: CommandId::Concern,
        name: "bedenken",
        aliases: &["concern"],
        role: Role::Everyone,
        topic: "bedenken",
        help_key: "help-bedenken",
    },
    CommandSpec {
        id: CommandId::ConcernAnswer,
        name: "antwort",
        aliases: &["answer"],
        role: Role::Everyone,
        topic: "bedenken",
        help_key: "help-antwort",
    },
    CommandSpec {
        id: CommandId::Training,
        name: "schulung",
        aliases: &["training"],
        role: Role::Team,
        topic: "schulungen",
        help_key: "help-schulung",
    },
    CommandSpec {
        id: CommandId::Trainings,
        name: "schulungen",
        aliases: &["trainings"],
        role: Role::Everyone,
        topic: "schulungen",
        help_key: "help-schulungen",
    },
    CommandSpec {
        id: CommandId::SignUp,
        name: "anmelden",
        aliases: &["signup"],
        role: Role::Everyone,
        topic: "schulungen",
        help_key: "help-anmelden",
    },
    CommandSpec {
        id: CommandId::SignOff,
        name: "abmelden",
        aliases: &["signoff"],
        role: Role::Everyone,
        topic: "schulungen",
        help_key: "help-abmelden",
    },
    CommandSpec {
        id: CommandId::MyTrainings,
        name: "meine-schulungen",
        aliases: &["my-trainings"],
        role: Role::Everyone,
        topic: "schulungen",
        help_key: "help-meine-schulungen",
    },
    CommandSpec {
        id: CommandId::Attendance,
        name: "teilnahme",
        aliases: &["attendance"],
        role: Role::Team,
        topic: "schulungen",
        help_key: "help-teilnahme",
    },
    CommandSpec {
        id: CommandId::Literacy,
        name: "kompetenz",
        aliases: &["literacy"],
        role: Role::Team,
        topic: "schulungen",
        help_key: "help-kompetenz",
    },
    CommandSpec {
        id: CommandId::MyData,
        name: "meine-daten",
        aliases: &["my-data"],
        role: Role::Everyone,
        topic: "allgemein",
        help_key: "help-meine-daten",
    },
];

/// The help topics, in the order `!hilfe` shows them, with the Fluent id of their heading.
pub const TOPICS: &[(&str, &[&str], &str)] = &[
    ("allgemein", &["general", "einstellungen"], "topic-allgemein"),
    ("ideen", &["ideas", "idee", "idea"], "topic-ideen"),
    ("team", &["strategieteam", "strategy", "bewertung"], "topic-team"),
    (
        "rundtische",
        &["rundtisch", "roundtables", "roundtable", "feedback"],
        "topic-rundtische",
    ),
    ("bedenken", &["concerns", "concern"], "topic-bedenken"),
    ("schulungen", &["schulung", "trainings", "training"], "topic-schulungen"),
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
