//! The four stages of the Ethik-Check and what each records, as stored (JSON in
//! `ethics_records.details`): the Vorprüfung's answers and verdict, the stakeholder dialogue, the
//! Bewertung's scores, level, energy, explainability and bias check, and the yearly Überprüfung.

use crate::bot::i18n::Lang;
use crate::bot::parser::fold_word;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A stage, as stored in `ethics_records.stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    PreCheck,
    Dialogue,
    Assessment,
    Review,
}

pub const STAGES: [Stage; 4] = [Stage::PreCheck, Stage::Dialogue, Stage::Assessment, Stage::Review];

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::PreCheck => "vorpruefung",
            Stage::Dialogue => "dialog",
            Stage::Assessment => "bewertung",
            Stage::Review => "ueberpruefung",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Stage::PreCheck => "ethics-stage-vorpruefung",
            Stage::Dialogue => "ethics-stage-dialog",
            Stage::Assessment => "ethics-stage-bewertung",
            Stage::Review => "ethics-stage-ueberpruefung",
        }
    }

    /// Fluent id of its name inside a sentence ("die Vorprüfung").
    pub fn name_id(self) -> &'static str {
        match self {
            Stage::PreCheck => "ethics-stage-name-vorpruefung",
            Stage::Dialogue => "ethics-stage-name-dialog",
            Stage::Assessment => "ethics-stage-name-bewertung",
            Stage::Review => "ethics-stage-name-ueberpruefung",
        }
    }

    /// The word of `!ethik #N <word>` that records it, shown where it is missing; English
    /// messages show the English word the command also takes.
    pub fn command(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Stage::PreCheck, Lang::De) => "vorprüfung",
            (Stage::Dialogue, Lang::De) => "dialog",
            (Stage::Assessment, Lang::De) => "bewertung",
            (Stage::Review, Lang::De) => "überprüfung",
            (Stage::PreCheck, Lang::En) => "pre-check",
            (Stage::Dialogue, Lang::En) => "dialogue",
            (Stage::Assessment, Lang::En) => "assessment",
            (Stage::Review, Lang::En) => "review",
        }
    }
}

/// The Vorprüfung's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Passed,
    WithConditions,
    Failed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Passed => "bestanden",
            Verdict::WithConditions => "auflagen",
            Verdict::Failed => "nicht-bestanden",
        }
    }

    pub fn from_stored(stored: &str) -> Option<Verdict> {
        [Verdict::Passed, Verdict::WithConditions, Verdict::Failed]
            .into_iter()
            .find(|v| v.as_str() == stored)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Verdict::Passed => "ethics-verdict-bestanden",
            Verdict::WithConditions => "ethics-verdict-auflagen",
            Verdict::Failed => "ethics-verdict-nicht-bestanden",
        }
    }

    /// Passed, with or without conditions: pilot may follow.
    pub fn passes(self) -> bool {
        self != Verdict::Failed
    }
}

/// An answer of the Vorprüfung: ja, nein or unklar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Ja,
    Nein,
    Unklar,
}

impl Answer {
    pub fn label_id(self) -> &'static str {
        match self {
            Answer::Ja => "ethics-answer-ja",
            Answer::Nein => "ethics-answer-nein",
            Answer::Unklar => "ethics-answer-unklar",
        }
    }

    /// `ja`, `nein – weil …`, `unklar: …`, `weiß nicht`: the answer and the note after it.
    pub fn parse(text: &str) -> Option<(Answer, String)> {
        let (first, rest) = first_word(text.trim());
        let (answer, rest) = match fold_word(first).as_str() {
            "ja" | "yes" => (Answer::Ja, rest),
            "nein" | "no" => (Answer::Nein, rest),
            "unklar" | "unclear" => (Answer::Unklar, rest),
            "weiss" | "weis" => match first_word(rest.trim_start()) {
                (second, after) if fold_word(second) == "nicht" => (Answer::Unklar, after),
                _ => return None,
            },
            _ => return None,
        };
        let note = rest.trim_start_matches([' ', ':', '-', '–', ',', '.']).trim();
        Some((answer, note.to_string()))
    }
}

/// The leading letters and digits of `text`, and what follows them.
fn first_word(text: &str) -> (&str, &str) {
    let end = text.find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len());
    text.split_at(end)
}

/// One answered question of the Vorprüfung.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub key: String,
    pub answer: Answer,
    #[serde(default)]
    pub note: String,
}

/// What the Vorprüfung records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreCheck {
    pub purpose: String,
    pub sources: String,
    pub effects: String,
    pub answers: Vec<Answered>,
    pub verdict: Verdict,
    /// The conditions of a pass with conditions, or the reason it failed (empty for a pass).
    #[serde(default)]
    pub conditions: String,
}

/// The Vorprüfung's questions: key and Fluent id, in the order asked.
pub const PRE_CHECK_QUESTIONS: &[(&str, &str)] = &[
    ("grundrechte", "ethics-pre-grundrechte"),
    ("fairness", "ethics-pre-fairness"),
    ("diskriminierung", "ethics-pre-diskriminierung"),
    ("transparenz", "ethics-pre-transparenz"),
    ("datenschutz", "ethics-pre-datenschutz"),
];

/// Groups a stakeholder workshop can involve: stored key and Fluent id.
pub const GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "buerger",
        "ethics-group-buerger",
        &["buerger", "buergerinnen", "buerger:innen", "citizens"],
    ),
    (
        "mitarbeitende",
        "ethics-group-mitarbeitende",
        &["mitarbeitende", "beschaeftigte", "staff"],
    ),
    (
        "fachleute",
        "ethics-group-fachleute",
        &["fachleute", "fachexperten", "fachexpert:innen", "experten", "experts"],
    ),
    ("andere", "ethics-group-andere", &["andere", "sonstige", "others"]),
];

/// The stakeholder dialogue: a linked round table or a noted workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dialogue {
    #[serde(default)]
    pub round_table: Option<i64>,
    /// The round table's first topic when it was linked.
    #[serde(default)]
    pub round_table_title: String,
    #[serde(default)]
    pub date: Option<i64>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub points: String,
}

/// A bias check: test prompts and, per trait, the discriminatory outputs among them. Traits are
/// kept as written (`Alter`, `ethnische Herkunft`) and compared without regard to case.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bias {
    pub prompts: i64,
    pub traits: BTreeMap<String, i64>,
}

impl Bias {
    /// `200 Prompts; Alter 3, Geschlecht 1, ethnische Herkunft 0` (or `200 alter=3 geschlecht=1`):
    /// the first number is the prompts, then each trait with its count. A trait without a count,
    /// or a count above the prompts, is refused.
    pub fn parse(text: &str) -> Option<Bias> {
        let spaced: String = text
            .chars()
            .map(|c| if c == '=' || c == ':' { ' ' } else { c })
            .collect();
        let mut prompts = None;
        let mut traits = BTreeMap::new();
        for segment in spaced.split([',', ';']) {
            let mut name: Vec<&str> = vec![];
            for word in segment.split_whitespace() {
                match (word.parse::<i64>(), prompts) {
                    (Ok(n), None) if name.is_empty() && n > 0 => prompts = Some(n),
                    (Ok(n), Some(total)) if !name.is_empty() && (0..=total).contains(&n) => {
                        let key = name.join(" ");
                        if traits.keys().any(|k: &String| k.to_lowercase() == key.to_lowercase()) {
                            return None;
                        }
                        traits.insert(key, n);
                        name.clear();
                    }
                    (Ok(_), _) => return None,
                    (Err(_), _) => {
                        let folded = fold_word(word);
                        if ![
                            "prompts",
                            "prompt",
                            "testprompts",
                            "eingaben",
                            "eingabe",
                            "testeingaben",
                            "testeingabe",
                        ]
                        .contains(&folded.as_str())
                        {
                            name.push(word);
                        }
                    }
                }
            }
            if !name.is_empty() {
                return None;
            }
        }
        let prompts = prompts?;
        (!traits.is_empty()).then_some(Bias { prompts, traits })
    }

    /// Discriminatory outputs per prompt for `trait_name` (any case), 0–1.
    pub fn rate(&self, trait_name: &str) -> Option<f64> {
        let wanted = trait_name.to_lowercase();
        let (_, n) = self.traits.iter().find(|(k, _)| k.to_lowercase() == wanted)?;
        Some(*n as f64 / self.prompts as f64)
    }
}

/// Words that say no bias check could be made (the rest of the answer says why).
pub fn no_bias_check(text: &str) -> bool {
    let folded = fold_word(text);
    [
        "-",
        "keine",
        "nicht moeglich",
        "nicht anwendbar",
        "none",
        "not applicable",
    ]
    .iter()
    .any(|w| folded == *w || folded.starts_with(&format!("{w} ")) || folded.starts_with(&format!("{w}:")))
}

/// What the Bewertung records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Each scored question's key and answer 1–5.
    pub scores: BTreeMap<String, u8>,
    pub risk: f64,
    pub mitigation: f64,
    /// 1–4 (I–IV).
    pub level: u8,
    pub energy: String,
    /// kWh per month, when the energy answer names them.
    #[serde(default)]
    pub energy_kwh: Option<f64>,
    pub explainability: String,
    /// None: no bias check was possible (the reason is in `bias_note`).
    #[serde(default)]
    pub bias: Option<Bias>,
    #[serde(default)]
    pub bias_note: String,
}

/// What the yearly Überprüfung records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub bias: Option<Bias>,
}

/// kWh in an energy answer (`120 kWh im Monat`, `3,5 kWh/Monat`, `1.200 kWh`), if it names them.
pub fn kwh(text: &str) -> Option<f64> {
    let lower = text.to_lowercase();
    let at = lower.find("kwh")?;
    let before = lower[..at].trim_end();
    let start = before
        .rfind(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let number = &before[start..];
    // A German thousands separator: `1.200`, `12.500.000` (groups of three after each point).
    let thousands = !number.contains(',')
        && number.split('.').count() > 1
        && number.split('.').skip(1).all(|group| group.len() == 3);
    let number = if thousands {
        number.replace('.', "")
    } else {
        number.replace(',', ".")
    };
    number.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_keep_their_note() {
        assert_eq!(Answer::parse("ja"), Some((Answer::Ja, String::new())));
        assert_eq!(
            Answer::parse("Nein – Widerspruch fehlt"),
            Some((Answer::Nein, "Widerspruch fehlt".into()))
        );
        assert_eq!(
            Answer::parse("weiß nicht: fragen den DSB"),
            Some((Answer::Unklar, "fragen den DSB".into()))
        );
        assert_eq!(Answer::parse("Janein"), None);
        assert_eq!(Answer::parse("vielleicht"), None);
    }

    #[test]
    fn bias_figures_read_as_people_write_them() {
        let bias = Bias::parse("200 Prompts; Alter 3, Geschlecht 1, Religion 0").unwrap();
        assert_eq!(bias.prompts, 200);
        let same = Bias::parse("200 Testeingaben; Alter 3, Geschlecht 1, Religion 0").unwrap();
        assert_eq!(same, bias, "as the messages write it");
        assert_eq!(bias.traits.get("Alter"), Some(&3));
        assert_eq!(bias.rate("geschlecht"), Some(0.005));
        assert_eq!(Bias::parse("50 alter=2 herkunft=4").unwrap().traits.len(), 2);
        let multi = Bias::parse("100; ethnische Herkunft 2").unwrap();
        assert_eq!(multi.traits.get("ethnische Herkunft"), Some(&2));
        assert_eq!(Bias::parse("50 alter 60"), None, "more than the prompts");
        assert_eq!(Bias::parse("50 alter"), None, "a trait without its count");
        assert_eq!(
            Bias::parse("200; Alter 3, Geschlecht, Religion 0"),
            None,
            "one without its count"
        );
        assert_eq!(Bias::parse("200; Alter 3, alter 4"), None, "a trait twice");
        assert_eq!(Bias::parse("viele"), None);
        assert_eq!(Bias::parse("0 alter 0"), None);
    }

    #[test]
    fn energy_in_kwh_is_found() {
        assert_eq!(kwh("etwa 120 kWh im Monat"), Some(120.0));
        assert_eq!(kwh("3,5kWh/Monat"), Some(3.5));
        assert_eq!(kwh("rund 1.200 kWh im Monat"), Some(1200.0));
        assert_eq!(kwh("2.5 kWh"), Some(2.5));
        assert_eq!(kwh("läuft beim Anbieter, Angaben angefragt"), None);
    }
}
