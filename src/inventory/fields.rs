//! The fields of an inventory entry as people name and write them: its statuses, the
//! administration's role, and for every field of `!ki-tool #N ändern` its words, its column and
//! what kind of value it takes. The one place that knows the entry's vocabulary.

use crate::bot::i18n::Lang;
use crate::bot::parser::fold_word;

/// Longest name, vendor, product or registration reference accepted.
pub const MAX_SHORT_CHARS: usize = 200;
/// Longest purpose, data description or other free text accepted.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The status of a tool in the administration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolStatus {
    Planned,
    Pilot,
    Live,
    Retired,
}

pub const TOOL_STATUSES: [ToolStatus; 4] = [
    ToolStatus::Planned,
    ToolStatus::Pilot,
    ToolStatus::Live,
    ToolStatus::Retired,
];

impl ToolStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ToolStatus::Planned => "geplant",
            ToolStatus::Pilot => "pilot",
            ToolStatus::Live => "im-betrieb",
            ToolStatus::Retired => "abgeschaltet",
        }
    }

    pub fn from_stored(stored: &str) -> Option<ToolStatus> {
        TOOL_STATUSES.into_iter().find(|s| s.as_str() == stored)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            ToolStatus::Planned => "tool-status-geplant",
            ToolStatus::Pilot => "tool-status-pilot",
            ToolStatus::Live => "tool-status-im-betrieb",
            ToolStatus::Retired => "tool-status-abgeschaltet",
        }
    }

    /// A status as people write it (`im Betrieb`, `im-betrieb`, `live`, …).
    pub fn parse(text: &str) -> Option<ToolStatus> {
        let word = fold_word(text).replace([' ', '_'], "-");
        Some(match word.trim_end_matches('.') {
            "geplant" | "planung" | "planned" => ToolStatus::Planned,
            "pilot" | "pilotbetrieb" | "test" => ToolStatus::Pilot,
            "im-betrieb" | "betrieb" | "in-betrieb" | "produktiv" | "live" | "in-use" => ToolStatus::Live,
            "abgeschaltet" | "ausser-betrieb" | "retired" => ToolStatus::Retired,
            _ => return None,
        })
    }
}

/// The administration's role under the AI Act (Art. 3(3) and (4)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Deployer,
    Provider,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Deployer => "betreiber",
            Role::Provider => "anbieter",
        }
    }

    pub fn label_id(stored: &str) -> &'static str {
        if stored == Role::Provider.as_str() {
            "tool-role-anbieter"
        } else {
            "tool-role-betreiber"
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match fold_word(text).as_str() {
            "betreiber" | "betreiberin" | "betreibende" | "deployer" => Some(Role::Deployer),
            "anbieter" | "anbieterin" | "anbietende" | "provider" => Some(Role::Provider),
            _ => None,
        }
    }
}

/// What kind of value a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text up to this many characters; `-` clears it.
    Text(usize),
    /// A date (`12.03.2027`); `-` clears it.
    Date,
    Status,
    Role,
    /// A Matrix user id; `-` clears it.
    Person,
    /// An idea number `#N`; `-` clears the link.
    Idea,
    /// A date and a summary (the fundamental-rights impact assessment).
    DateAndText,
}

/// A field of `!ki-tool #N ändern <Feld> <Wert>`.
pub struct FieldSpec {
    /// All are accepted (folded, so `nächste-prüfung` and `naechste-pruefung` alike). The first is
    /// how German messages name the field, `english` how English ones do.
    pub words: &'static [&'static str],
    /// The word English messages show: the last of `words` unless set with `english`.
    pub english: &'static str,
    /// Fluent id of its name.
    pub label: &'static str,
    /// Its column in `ai_tools` (a fixed name, never user input).
    pub column: &'static str,
    pub kind: Kind,
    /// A change asks for a new triage and makes the review due (purpose, data, Fachverfahren).
    pub retriage: bool,
    /// Every entry has it: it can be changed, not cleared.
    pub required: bool,
    /// Only the team and promoters change it, not an owner on their own (who answers for the
    /// tool, when it is reviewed, and where it belongs).
    pub restricted: bool,
}

const fn field(words: &'static [&'static str], label: &'static str, column: &'static str, kind: Kind) -> FieldSpec {
    FieldSpec {
        words,
        english: words[words.len() - 1],
        label,
        column,
        kind,
        retriage: false,
        required: false,
        restricted: false,
    }
}

const fn english(mut spec: FieldSpec, word: &'static str) -> FieldSpec {
    spec.english = word;
    spec
}

const fn retriage(mut spec: FieldSpec) -> FieldSpec {
    spec.retriage = true;
    spec
}

const fn required(mut spec: FieldSpec) -> FieldSpec {
    spec.required = true;
    spec
}

const fn restricted(mut spec: FieldSpec) -> FieldSpec {
    spec.restricted = true;
    spec
}

pub const FIELDS: &[FieldSpec] = &[
    english(
        required(field(
            &["name", "titel"],
            "tool-field-name",
            "name",
            Kind::Text(MAX_SHORT_CHARS),
        )),
        "name",
    ),
    field(
        &["anbieter", "hersteller", "vendor"],
        "tool-field-vendor",
        "vendor",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    field(
        &["produkt", "product"],
        "tool-field-product",
        "product",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    field(
        &["version"],
        "tool-field-version",
        "version",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    required(restricted(field(
        &["fachbereich", "department"],
        "tool-field-department",
        "department",
        Kind::Text(crate::bot::users::MAX_DEPARTMENT_CHARS),
    ))),
    required(retriage(field(
        &["zweck", "purpose"],
        "tool-field-purpose",
        "purpose",
        Kind::Text(MAX_TEXT_CHARS),
    ))),
    retriage(field(
        &["fachverfahren", "verfahren", "procedure"],
        "tool-field-procedure",
        "procedure",
        Kind::Text(MAX_SHORT_CHARS),
    )),
    field(&["status"], "tool-field-status", "status", Kind::Status),
    field(&["rolle", "role"], "tool-field-role", "role", Kind::Role),
    retriage(field(
        &["daten", "personenbezogene-daten", "data", "personal-data"],
        "tool-field-personal-data",
        "personal_data",
        Kind::Text(MAX_TEXT_CHARS),
    )),
    field(
        &["rechtsgrundlage", "legal-basis"],
        "tool-field-legal-basis",
        "legal_basis",
        Kind::Text(MAX_TEXT_CHARS),
    ),
    field(
        &["betroffene", "affected"],
        "tool-field-affected",
        "affected",
        Kind::Text(MAX_TEXT_CHARS),
    ),
    field(
        &["aufsicht", "menschliche-aufsicht", "oversight"],
        "tool-field-oversight",
        "oversight",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    field(
        &["beschäftigte", "mitarbeitende", "staff"],
        "tool-field-staff-informed",
        "staff_informed_at",
        Kind::Date,
    ),
    field(
        &["personalrat", "works-council", "council"],
        "tool-field-council-informed",
        "council_informed_at",
        Kind::Date,
    ),
    field(
        &["protokolle", "logs"],
        "tool-field-logs",
        "log_retention",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    field(
        &["hinweis", "transparenz", "notice"],
        "tool-field-notice",
        "transparency_notice",
        Kind::Text(MAX_TEXT_CHARS),
    ),
    field(
        &["grundrechte", "grundrechte-folgenabschätzung", "fria"],
        "tool-field-fria",
        "fria_at",
        Kind::DateAndText,
    ),
    field(&["dsfa", "dpia"], "tool-field-dpia", "dpia_at", Kind::Date),
    field(
        &["registrierung", "eu-datenbank", "registration"],
        "tool-field-registration",
        "eu_registration",
        Kind::Text(MAX_SHORT_CHARS),
    ),
    restricted(field(
        &["verantwortlich", "owner"],
        "tool-field-owner",
        "owner",
        Kind::Person,
    )),
    field(
        &["idee", "anwendungsfall", "idea"],
        "tool-field-idea",
        "idea_id",
        Kind::Idea,
    ),
    required(restricted(field(
        &["nächste-prüfung", "prüfung", "next-review"],
        "tool-field-next-review",
        "next_review_at",
        Kind::Date,
    ))),
];

/// Stored as personal data when the tool processes none (shown in the reader's language).
pub const NO_PERSONAL_DATA: &str = "keine";

/// The column that keeps the summary of the fundamental-rights impact assessment.
pub const FRIA_SUMMARY_COLUMN: &str = "fria_summary";

/// The field a word names.
pub fn find(word: &str) -> Option<&'static FieldSpec> {
    let word = fold_word(word).trim_end_matches(':').to_string();
    FIELDS.iter().find(|f| f.words.iter().any(|w| fold_word(w) == word))
}

impl FieldSpec {
    /// The word messages in `lang` show for this field, as people type it.
    pub fn word(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::De => self.words[0],
            Lang::En => self.english,
        }
    }
}

/// Words that clear an optional field.
pub fn is_clear(value: &str) -> bool {
    ["-", "–", "keine angabe", "loeschen", "none", "clear"].contains(&fold_word(value).as_str())
}

/// Words that say "no personal data".
pub fn is_none(value: &str) -> bool {
    ["keine", "nein", "none", "no"].contains(&fold_word(value).trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_word_is_unique_and_found() {
        let mut seen = std::collections::HashSet::new();
        for spec in FIELDS {
            for word in spec.words {
                assert!(seen.insert(*word), "{word} names two fields");
                assert_eq!(find(word).map(|f| f.column), Some(spec.column));
            }
        }
        assert_eq!(find("Nächste-Prüfung:").map(|f| f.column), Some("next_review_at"));
        assert_eq!(find("naechste-pruefung").map(|f| f.column), Some("next_review_at"));
    }

    #[test]
    fn messages_name_each_field_by_a_word_people_can_type() {
        for spec in FIELDS {
            for lang in [Lang::De, Lang::En] {
                let word = spec.word(lang);
                assert_eq!(find(word).map(|f| f.column), Some(spec.column), "{word}");
                assert!(
                    !word.contains("ae") && !word.contains("ue") && !word.contains("oe"),
                    "{word}"
                );
            }
        }
        assert_eq!(find("name").map(|f| f.word(Lang::En)), Some("name"));
        assert_eq!(find("zweck").map(|f| f.word(Lang::En)), Some("purpose"));
    }

    #[test]
    fn statuses_read_back() {
        for status in TOOL_STATUSES {
            assert_eq!(ToolStatus::from_stored(status.as_str()), Some(status));
            assert_eq!(ToolStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(ToolStatus::parse("im Betrieb"), Some(ToolStatus::Live));
    }
}
