//! The AI Act triage as data: the questions in order, the answers each accepts and what each
//! answer means, and the rule that turns a walk through them into a risk class with the duties
//! that follow. An orientation for the strategy team, not legal advice; the texts are in prompts.

use crate::bot::parser::fold_word;
use serde::{Deserialize, Serialize};

/// A risk class under the AI Act, as stored in `ai_tools.risk_class`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskClass {
    /// Not an AI system in the sense of Art. 3(1): the Act's duties do not apply.
    NotAi,
    /// A prohibited practice (Art. 5).
    Prohibited,
    /// High-risk: used in an area of Annex III.
    High,
    /// Transparency duties (Art. 50).
    Limited,
    Minimal,
    /// At least one answer was "weiß nicht": the strategy team looks at it.
    Unclear,
}

pub const RISK_CLASSES: [RiskClass; 6] = [
    RiskClass::Prohibited,
    RiskClass::High,
    RiskClass::Limited,
    RiskClass::Minimal,
    RiskClass::Unclear,
    RiskClass::NotAi,
];

impl RiskClass {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskClass::NotAi => "kein-ki-system",
            RiskClass::Prohibited => "verboten",
            RiskClass::High => "hoch",
            RiskClass::Limited => "begrenzt",
            RiskClass::Minimal => "minimal",
            RiskClass::Unclear => "unklar",
        }
    }

    pub fn from_stored(stored: &str) -> Option<RiskClass> {
        RISK_CLASSES.into_iter().find(|c| c.as_str() == stored)
    }

    /// Fluent id of the class's name.
    pub fn label_id(self) -> &'static str {
        match self {
            RiskClass::NotAi => "risk-kein-ki-system",
            RiskClass::Prohibited => "risk-verboten",
            RiskClass::High => "risk-hoch",
            RiskClass::Limited => "risk-begrenzt",
            RiskClass::Minimal => "risk-minimal",
            RiskClass::Unclear => "risk-unklar",
        }
    }

    /// A class as people write it in `!ki-tools risiko <Klasse>` (`kein KI-System` as shown,
    /// or `kein-ki-system`; spaces and hyphens do not matter).
    pub fn parse(text: &str) -> Option<RiskClass> {
        let word = fold_word(text).replace([' ', '-', '_'], "");
        Some(match word.as_str() {
            "verboten" | "prohibited" => RiskClass::Prohibited,
            "hoch" | "hochrisiko" | "high" => RiskClass::High,
            "begrenzt" | "transparenz" | "transparenzpflicht" | "limited" => RiskClass::Limited,
            "minimal" | "gering" => RiskClass::Minimal,
            "unklar" | "unclear" => RiskClass::Unclear,
            "keinkisystem" | "keinki" | "keineki" | "notai" | "notanaisystem" | "noaisystem" => RiskClass::NotAi,
            _ => return None,
        })
    }
}

/// What an answer tells about the tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// Nothing that changes the class.
    Nothing,
    /// "Weiß nicht".
    Unknown,
    /// Ends the triage: not an AI system.
    NotAi,
    /// Ends the triage: a prohibited practice.
    Prohibited,
    /// Used in an area of Annex III.
    AnnexIII,
    /// A safety component of critical infrastructure (Annex III point 2): high-risk, but without
    /// the impact assessment (Art. 27(1)) and the EU registration of its use (Art. 49(3)).
    CriticalInfrastructure,
    /// Talks to people or publishes generated content (Art. 50).
    Transparency,
    /// A general-purpose model used as it comes: the deployer's duties only, nothing added here.
    GeneralPurpose,
    /// Built, trained, substantially changed or offered under its own name by the administration:
    /// it may count as provider (Art. 25).
    OwnSystem,
}

impl Finding {
    /// True if the triage stops after this answer.
    fn ends(self) -> bool {
        matches!(self, Finding::NotAi | Finding::Prohibited)
    }
}

/// One answer a question accepts.
pub struct Choice {
    /// Stored with the triage.
    pub key: &'static str,
    /// Fluent id of how it is shown.
    pub label: &'static str,
    /// Words that pick it besides its number (folded: lower case, umlauts spelled out).
    pub words: &'static [&'static str],
    pub finding: Finding,
}

/// One question of the triage.
pub struct Question {
    /// Stored with the triage.
    pub key: &'static str,
    /// Fluent id of the question (with its explanation).
    pub text: &'static str,
    /// Fluent id of the short form shown with the result.
    pub short: &'static str,
    pub choices: &'static [Choice],
}

const YES: &[&str] = &["ja", "j", "yes", "y"];
const NO: &[&str] = &["nein", "n", "no"];
const UNKNOWN: &[&str] = &[
    "weiss nicht",
    "weis nicht",
    "weiss ich nicht",
    "unklar",
    "keine ahnung",
    "?",
    "wn",
    "don't know",
    "dont know",
    "unknown",
];

const fn dont_know() -> Choice {
    Choice {
        key: "weiss-nicht",
        label: "triage-answer-unknown",
        words: UNKNOWN,
        finding: Finding::Unknown,
    }
}

/// The questions in the order they are asked, grounded in the AI Act (Regulation (EU) 2024/1689).
pub const QUESTIONS: &[Question] = &[
    Question {
        key: "ki-system",
        text: "triage-q-ai-system",
        short: "triage-short-ai-system",
        choices: &[
            Choice {
                key: "ja",
                label: "triage-answer-yes",
                words: YES,
                finding: Finding::Nothing,
            },
            Choice {
                key: "nein",
                label: "triage-answer-no",
                words: NO,
                finding: Finding::NotAi,
            },
            dont_know(),
        ],
    },
    Question {
        key: "verboten",
        text: "triage-q-prohibited",
        short: "triage-short-prohibited",
        choices: &[
            Choice {
                key: "ja",
                label: "triage-answer-yes",
                words: YES,
                finding: Finding::Prohibited,
            },
            Choice {
                key: "nein",
                label: "triage-answer-no",
                words: NO,
                finding: Finding::Nothing,
            },
            dont_know(),
        ],
    },
    Question {
        key: "anhang-iii",
        text: "triage-q-annex",
        short: "triage-short-annex",
        choices: &[
            Choice {
                key: "personal",
                label: "triage-area-employment",
                words: &["personal", "beschaeftigung", "bewerbung", "hr", "employment"],
                finding: Finding::AnnexIII,
            },
            Choice {
                key: "leistungen",
                label: "triage-area-services",
                words: &["leistungen", "sozialleistungen", "zugang", "services", "benefits"],
                finding: Finding::AnnexIII,
            },
            Choice {
                key: "bildung",
                label: "triage-area-education",
                words: &["bildung", "schule", "pruefung", "education"],
                finding: Finding::AnnexIII,
            },
            Choice {
                key: "migration",
                label: "triage-area-migration",
                words: &["migration", "asyl", "auslaenderbehoerde", "asylum"],
                finding: Finding::AnnexIII,
            },
            Choice {
                key: "infrastruktur",
                label: "triage-area-infrastructure",
                words: &["infrastruktur", "kritische infrastruktur", "kritis", "infrastructure"],
                finding: Finding::CriticalInfrastructure,
            },
            Choice {
                key: "nein",
                label: "triage-answer-none-of-these",
                words: &["nein", "n", "keiner", "keines", "nichts davon", "no", "none"],
                finding: Finding::Nothing,
            },
            dont_know(),
        ],
    },
    Question {
        key: "transparenz",
        text: "triage-q-transparency",
        short: "triage-short-transparency",
        choices: &[
            Choice {
                key: "ja",
                label: "triage-answer-yes",
                words: YES,
                finding: Finding::Transparency,
            },
            Choice {
                key: "nein",
                label: "triage-answer-no",
                words: NO,
                finding: Finding::Nothing,
            },
            dont_know(),
        ],
    },
    Question {
        key: "allzweck",
        text: "triage-q-general-purpose",
        short: "triage-short-general-purpose",
        choices: &[
            Choice {
                key: "ja",
                label: "triage-answer-general-as-supplied",
                words: &["ja", "j", "yes", "y", "wie geliefert", "as supplied"],
                finding: Finding::GeneralPurpose,
            },
            Choice {
                key: "angepasst",
                label: "triage-answer-own-system",
                words: &["angepasst", "selbst", "eigen", "eigenes", "trainiert", "own", "adapted"],
                finding: Finding::OwnSystem,
            },
            Choice {
                key: "nein",
                label: "triage-answer-specialised",
                words: &["nein", "n", "no", "spezialisiert", "fachverfahren", "specialised"],
                finding: Finding::Nothing,
            },
            dont_know(),
        ],
    },
];

/// An answer given: question key and choice key, as stored in `ai_tools.triage` (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub question: String,
    pub choice: String,
}

/// The question and choice an answer names, if they (still) exist.
pub fn lookup(answer: &Answer) -> Option<(&'static Question, &'static Choice)> {
    let question = QUESTIONS.iter().find(|q| q.key == answer.question)?;
    let choice = question.choices.iter().find(|c| c.key == answer.choice)?;
    Some((question, choice))
}

/// The choice `text` picks for `question`: its number in the list or one of its words.
pub fn pick(question: &'static Question, text: &str) -> Option<&'static Choice> {
    let folded = fold_word(text);
    let folded = folded.trim().trim_end_matches(['.', ')', '!']);
    if let Ok(n) = folded.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| question.choices.get(i));
    }
    question.choices.iter().find(|c| c.words.contains(&folded))
}

/// The next question after `answers`, or None when the triage is complete.
pub fn next_question(answers: &[Answer]) -> Option<&'static Question> {
    let ended = answers
        .iter()
        .filter_map(lookup)
        .any(|(_, choice)| choice.finding.ends());
    if ended {
        return None;
    }
    QUESTIONS.iter().find(|q| !answers.iter().any(|a| a.question == q.key))
}

/// A duty that follows from the triage; each is a Fluent id explaining it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// Art. 5: it must not be used.
    StopUse,
    /// Art. 26: deployer duties for high-risk systems.
    HighRiskDeployer,
    /// Art. 27: fundamental-rights impact assessment before first use.
    Fria,
    /// Art. 49: registration of the use in the EU database.
    Registration,
    /// Art. 26(6): logs kept at least six months.
    Logs,
    /// Art. 50: people are told they deal with AI, generated content is marked.
    TransparencyNotice,
    /// Art. 25: built or changed in-house, so possibly the provider.
    ProviderCheck,
    /// Art. 4: AI literacy of those who use it.
    Literacy,
    /// The strategy team clarifies the open answers.
    Clarify,
}

impl Duty {
    pub fn label_id(self) -> &'static str {
        match self {
            Duty::StopUse => "duty-stop-use",
            Duty::HighRiskDeployer => "duty-high-risk",
            Duty::Fria => "duty-fria",
            Duty::Registration => "duty-registration",
            Duty::Logs => "duty-logs",
            Duty::TransparencyNotice => "duty-transparency",
            Duty::ProviderCheck => "duty-provider-check",
            Duty::Literacy => "duty-literacy",
            Duty::Clarify => "duty-clarify",
        }
    }
}

/// What a complete triage concludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub class: RiskClass,
    pub duties: Vec<Duty>,
}

/// The class and duties that follow from `answers` (a walk that `next_question` says is complete).
pub fn classify(answers: &[Answer]) -> Outcome {
    let findings: Vec<Finding> = answers.iter().filter_map(lookup).map(|(_, c)| c.finding).collect();
    let has = |f: Finding| findings.contains(&f);
    let class = if has(Finding::Prohibited) {
        RiskClass::Prohibited
    } else if has(Finding::NotAi) {
        RiskClass::NotAi
    } else if has(Finding::Unknown) {
        RiskClass::Unclear
    } else if has(Finding::AnnexIII) || has(Finding::CriticalInfrastructure) {
        RiskClass::High
    } else if has(Finding::Transparency) {
        RiskClass::Limited
    } else {
        RiskClass::Minimal
    };
    let mut duties = vec![];
    match class {
        RiskClass::Prohibited => duties.push(Duty::StopUse),
        RiskClass::NotAi => {}
        _ => {
            if class == RiskClass::Unclear {
                duties.push(Duty::Clarify);
            }
            if has(Finding::AnnexIII) {
                duties.extend([Duty::HighRiskDeployer, Duty::Fria, Duty::Registration, Duty::Logs]);
            } else if has(Finding::CriticalInfrastructure) {
                duties.extend([Duty::HighRiskDeployer, Duty::Logs]);
            }
            if has(Finding::Transparency) {
                duties.push(Duty::TransparencyNotice);
            }
            if has(Finding::OwnSystem) {
                duties.push(Duty::ProviderCheck);
            }
            duties.push(Duty::Literacy);
        }
    }
    Outcome { class, duties }
}

/// Months until the next review of a tool of `class`: minimal-risk and non-AI tools are looked at
/// less often.
pub fn review_months(class: Option<RiskClass>, usual: u32, minimal: u32) -> u32 {
    match class {
        Some(RiskClass::Minimal | RiskClass::NotAi) => minimal,
        _ => usual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_risk_class_is_understood_as_messages_show_it() {
        for text in [
            "kein KI-System",
            "kein-ki-system",
            "Kein KI System",
            "not an AI system",
            "not-ai",
        ] {
            assert_eq!(RiskClass::parse(text), Some(RiskClass::NotAi), "{text}");
        }
        assert_eq!(RiskClass::parse("Hoch"), Some(RiskClass::High));
        assert_eq!(RiskClass::parse("sehr hoch"), None);
    }

    /// Every complete walk through the questions: each answer of each question asked.
    fn every_walk() -> Vec<Vec<Answer>> {
        let mut complete = vec![];
        let mut open = vec![vec![]];
        while let Some(walk) = open.pop() {
            match next_question(&walk) {
                None => complete.push(walk),
                Some(question) => {
                    for choice in question.choices {
                        let mut longer = walk.clone();
                        longer.push(Answer {
                            question: question.key.into(),
                            choice: choice.key.into(),
                        });
                        open.push(longer);
                    }
                }
            }
        }
        complete
    }

    fn said(walk: &[Answer], question: &str) -> Option<Finding> {
        walk.iter()
            .filter_map(lookup)
            .find(|(q, _)| q.key == question)
            .map(|(_, c)| c.finding)
    }

    #[test]
    fn every_path_ends_in_the_class_its_answers_give() {
        let walks = every_walk();
        // "Not an AI system" ends one walk, "prohibited" two (after yes or unknown); the rest go
        // through all five questions: 2 * 2 * 7 * 3 * 4 = 336.
        assert_eq!(walks.len(), 339);
        for walk in walks {
            let outcome = classify(&walk);
            let expected = if said(&walk, "ki-system") == Some(Finding::NotAi) {
                RiskClass::NotAi
            } else if said(&walk, "verboten") == Some(Finding::Prohibited) {
                RiskClass::Prohibited
            } else if walk.iter().any(|a| a.choice == "weiss-nicht") {
                RiskClass::Unclear
            } else if matches!(
                said(&walk, "anhang-iii"),
                Some(Finding::AnnexIII | Finding::CriticalInfrastructure)
            ) {
                RiskClass::High
            } else if said(&walk, "transparenz") == Some(Finding::Transparency) {
                RiskClass::Limited
            } else {
                RiskClass::Minimal
            };
            assert_eq!(outcome.class, expected, "{walk:?}");
            let annex = said(&walk, "anhang-iii");
            let not_prohibited = expected != RiskClass::Prohibited;
            assert_eq!(
                outcome.duties.contains(&Duty::Fria),
                annex == Some(Finding::AnnexIII) && not_prohibited,
                "{walk:?}"
            );
            assert_eq!(
                outcome.duties.contains(&Duty::HighRiskDeployer),
                matches!(annex, Some(Finding::AnnexIII | Finding::CriticalInfrastructure)) && not_prohibited
            );
            assert_eq!(
                outcome.duties.contains(&Duty::ProviderCheck),
                said(&walk, "allzweck") == Some(Finding::OwnSystem)
            );
            assert_eq!(
                outcome.duties.contains(&Duty::Registration),
                outcome.duties.contains(&Duty::Fria)
            );
            assert_eq!(outcome.duties.contains(&Duty::Clarify), expected == RiskClass::Unclear);
            assert_eq!(
                outcome.duties.contains(&Duty::Literacy),
                !matches!(expected, RiskClass::NotAi | RiskClass::Prohibited),
                "{walk:?}"
            );
            assert_eq!(outcome.duties == [Duty::StopUse], expected == RiskClass::Prohibited);
        }
    }

    #[test]
    fn answers_are_read_by_number_or_word() {
        let annex = &QUESTIONS[2];
        assert_eq!(pick(annex, "4").map(|c| c.key), Some("migration"));
        assert_eq!(pick(annex, "Ausländerbehörde").map(|c| c.key), Some("migration"));
        assert_eq!(pick(annex, "Weiß nicht").map(|c| c.key), Some("weiss-nicht"));
        assert_eq!(pick(annex, "8").map(|c| c.key), None);
        assert_eq!(pick(&QUESTIONS[0], "Ja.").map(|c| c.key), Some("ja"));
        assert_eq!(pick(&QUESTIONS[0], "vielleicht").map(|c| c.key), None);
    }

    #[test]
    fn every_class_reads_back_from_its_stored_and_written_form() {
        for class in RISK_CLASSES {
            assert_eq!(RiskClass::from_stored(class.as_str()), Some(class));
            assert_eq!(RiskClass::parse(class.as_str()), Some(class));
        }
    }
}
