//! The guideline's scoring criteria, the one-line score syntax (`wirkung=4 akzeptanz=3 …`) and
//! the weighted mean that ranks the portfolio.

/// The criteria of the guideline (VITAKO/KGSt), in the order they are asked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    Impact,
    Acceptance,
    Scalability,
    Feasibility,
    Efficiency,
    Citizens,
}

pub const CRITERIA: [Criterion; 6] = [
    Criterion::Impact,
    Criterion::Acceptance,
    Criterion::Scalability,
    Criterion::Feasibility,
    Criterion::Efficiency,
    Criterion::Citizens,
];

/// Lowest and highest score per criterion.
pub const MIN_SCORE: i64 = 1;
pub const MAX_SCORE: i64 = 5;

impl Criterion {
    /// The key in one-line scores, in the configuration and in the database column.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Impact => "wirkung",
            Criterion::Acceptance => "akzeptanz",
            Criterion::Scalability => "skalierung",
            Criterion::Feasibility => "machbarkeit",
            Criterion::Efficiency => "effizienz",
            Criterion::Citizens => "buerger",
        }
    }

    /// Other accepted keys (already normalised: lower case, umlauts spelled out), German and English.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Criterion::Impact => &["wirkungsorientierung", "impact", "goals"],
            Criterion::Acceptance => &["nutzbarkeit", "acceptance", "usability"],
            Criterion::Scalability => &["skalierbarkeit", "wertschoepfung", "scalability", "scaling", "value"],
            Criterion::Feasibility => &["technik", "feasibility"],
            Criterion::Efficiency => &["efficiency"],
            Criterion::Citizens => &["burger", "buergerinnen", "citizens", "citizen"],
        }
    }

    /// The key people are shown for one-line scores in `lang` (every spelling is accepted).
    pub fn input_key(self, lang: crate::bot::i18n::Lang) -> &'static str {
        use crate::bot::i18n::Lang;
        match (lang, self) {
            (Lang::De, Criterion::Citizens) => "bürger",
            (Lang::De, _) => self.key(),
            (Lang::En, Criterion::Impact) => "impact",
            (Lang::En, Criterion::Acceptance) => "acceptance",
            (Lang::En, Criterion::Scalability) => "scalability",
            (Lang::En, Criterion::Feasibility) => "feasibility",
            (Lang::En, Criterion::Efficiency) => "efficiency",
            (Lang::En, Criterion::Citizens) => "citizens",
        }
    }

    /// Fluent id of the criterion's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Criterion::Impact => "criterion-wirkung",
            Criterion::Acceptance => "criterion-akzeptanz",
            Criterion::Scalability => "criterion-skalierung",
            Criterion::Feasibility => "criterion-machbarkeit",
            Criterion::Efficiency => "criterion-effizienz",
            Criterion::Citizens => "criterion-buerger",
        }
    }

    /// Fluent id of the guideline's question for the criterion (asked in the guided dialog).
    pub fn question_id(self) -> &'static str {
        match self {
            Criterion::Impact => "criterion-wirkung-question",
            Criterion::Acceptance => "criterion-akzeptanz-question",
            Criterion::Scalability => "criterion-skalierung-question",
            Criterion::Feasibility => "criterion-machbarkeit-question",
            Criterion::Efficiency => "criterion-effizienz-question",
            Criterion::Citizens => "criterion-buerger-question",
        }
    }

    pub fn from_key(key: &str) -> Option<Criterion> {
        let key = normalise(key);
        CRITERIA
            .into_iter()
            .find(|c| c.key() == key || c.aliases().contains(&key.as_str()))
    }
}

use crate::bot::parser::fold_word as normalise;

/// One team member's score: one value per criterion, in the order of `CRITERIA`.
pub type ScoreSet = [i64; 6];

/// Why a one-line score could not be read; each names the offending part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoreParseError {
    /// A part that is not `key=value`.
    NotAPair(String),
    UnknownKey(String),
    /// A value that is not a whole number from 1 to 5 (criterion key, value as written).
    BadValue(String, String),
    /// The same criterion twice (its key).
    Duplicate(String),
    /// Criteria not given (their keys).
    Missing(Vec<&'static str>),
}

/// Longest piece of user input quoted back in an error.
const QUOTED_CHARS: usize = 40;

fn quoted(text: &str) -> String {
    let mut short: String = text.chars().take(QUOTED_CHARS).collect();
    if text.chars().count() > QUOTED_CHARS {
        short.push('…');
    }
    short
}

/// Reads `wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5`
/// (also `key: value`, commas between pairs); every criterion is needed exactly once.
pub fn parse_scores(text: &str) -> Result<ScoreSet, ScoreParseError> {
    let mut found: [Option<i64>; 6] = [None; 6];
    // "wirkung = 4" and "wirkung: 4" are glued into one part before splitting.
    let glued = text
        .replace(" =", "=")
        .replace("= ", "=")
        .replace(" :", ":")
        .replace(": ", ":");
    for part in glued.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        if part.is_empty() {
            continue;
        }
        let Some((key, value)) = part.split_once(['=', ':']) else {
            return Err(ScoreParseError::NotAPair(quoted(part)));
        };
        let Some(criterion) = Criterion::from_key(key) else {
            return Err(ScoreParseError::UnknownKey(quoted(key)));
        };
        let index = CRITERIA.iter().position(|c| *c == criterion).unwrap_or(0);
        let score = value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|v| (MIN_SCORE..=MAX_SCORE).contains(v))
            .ok_or_else(|| ScoreParseError::BadValue(criterion.key().to_string(), quoted(value)))?;
        if found[index].replace(score).is_some() {
            return Err(ScoreParseError::Duplicate(criterion.key().to_string()));
        }
    }
    let missing: Vec<&'static str> = CRITERIA
        .iter()
        .zip(found)
        .filter(|(_, v)| v.is_none())
        .map(|(c, _)| c.key())
        .collect();
    if !missing.is_empty() {
        return Err(ScoreParseError::Missing(missing));
    }
    Ok(found.map(|v| v.unwrap_or(MIN_SCORE)))
}

/// A single answer in the guided dialog: a whole number from 1 to 5.
pub fn parse_single(text: &str) -> Option<i64> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|v| (MIN_SCORE..=MAX_SCORE).contains(v))
}

/// The mean of each criterion over all team members' scores.
pub fn criterion_means(scores: &[ScoreSet]) -> Option<[f64; 6]> {
    if scores.is_empty() {
        return None;
    }
    let count = scores.len() as f64;
    let mut means = [0.0; 6];
    for (index, mean) in means.iter_mut().enumerate() {
        *mean = scores.iter().map(|s| s[index] as f64).sum::<f64>() / count;
    }
    Some(means)
}

/// The idea's score: the mean per criterion, weighted. None without scores or without weight.
pub fn weighted_score(scores: &[ScoreSet], weights: &[f64; 6]) -> Option<f64> {
    let means = criterion_means(scores)?;
    let total_weight: f64 = weights.iter().sum();
    if total_weight <= 0.0 || !total_weight.is_finite() {
        return None;
    }
    let weighted: f64 = means.iter().zip(weights).map(|(m, w)| m * w).sum();
    Some(weighted / total_weight)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_english_and_umlaut_keys_are_read() {
        let parsed = parse_scores("wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 buerger=5");
        assert_eq!(parsed, Ok([4, 3, 5, 2, 4, 5]));
        let parsed = parse_scores("Impact: 1, usability=2, Wertschöpfung = 3 feasibility=4 efficiency=5 Bürger=1");
        assert_eq!(parsed, Ok([1, 2, 3, 4, 5, 1]));
        assert_eq!(
            parse_scores("wirkung=1 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 burger=2").map(|s| s[5]),
            Ok(2)
        );
    }

    #[test]
    fn errors_name_the_wrong_part() {
        assert_eq!(
            parse_scores("wirkung=4 schoenheit=3"),
            Err(ScoreParseError::UnknownKey("schoenheit".into()))
        );
        assert_eq!(
            parse_scores("wirkung=6"),
            Err(ScoreParseError::BadValue("wirkung".into(), "6".into()))
        );
        assert_eq!(
            parse_scores("impact=x"),
            Err(ScoreParseError::BadValue("wirkung".into(), "x".into()))
        );
        assert_eq!(
            parse_scores("wirkung=4 wirkung=3"),
            Err(ScoreParseError::Duplicate("wirkung".into()))
        );
        assert_eq!(parse_scores("gut"), Err(ScoreParseError::NotAPair("gut".into())));
        assert_eq!(
            parse_scores("wirkung=4 akzeptanz=3"),
            Err(ScoreParseError::Missing(vec![
                "skalierung",
                "machbarkeit",
                "effizienz",
                "buerger"
            ]))
        );
    }

    #[test]
    fn weighted_mean_uses_the_mean_per_criterion() {
        let scores = [[5, 1, 1, 1, 1, 1], [3, 1, 1, 1, 1, 1]];
        assert_eq!(weighted_score(&scores, &[1.0; 6]), Some((4.0 + 5.0) / 6.0));
        assert_eq!(weighted_score(&scores, &[1.0, 0.0, 0.0, 0.0, 0.0, 0.0]), Some(4.0));
        assert_eq!(weighted_score(&[], &[1.0; 6]), None);
        assert_eq!(weighted_score(&scores, &[0.0; 6]), None);
    }
}
