//! The technisch-ethische Bewertung as data and rule: the risk and mitigation questions (each
//! answered 1–5), the weighted scores, and the impact level I–IV that follows. Documented in the
//! README ("Ethik-Check"); the weights are `[ethics]` settings.

/// One scored question: its key (stored, and its weight's name) and its Fluent id.
pub struct Scored {
    pub key: &'static str,
    pub text: &'static str,
}

/// How much harm the use could do: 1 little, 5 very much.
pub const RISK: &[Scored] = &[
    Scored {
        key: "betroffenheit",
        text: "ethics-q-betroffenheit",
    },
    Scored {
        key: "unumkehrbarkeit",
        text: "ethics-q-unumkehrbarkeit",
    },
    Scored {
        key: "reichweite",
        text: "ethics-q-reichweite",
    },
];

/// What keeps the harm small: 1 not at all, 5 fully.
pub const MITIGATION: &[Scored] = &[
    Scored {
        key: "benachrichtigung",
        text: "ethics-q-benachrichtigung",
    },
    Scored {
        key: "pruefung",
        text: "ethics-q-pruefung",
    },
    Scored {
        key: "beschwerde",
        text: "ethics-q-beschwerde",
    },
    Scored {
        key: "datenqualitaet",
        text: "ethics-q-datenqualitaet",
    },
];

/// Every scored question in the order they are asked: risk first, then mitigation.
pub fn questions() -> impl Iterator<Item = &'static Scored> {
    RISK.iter().chain(MITIGATION)
}

/// Reads an answer 1–5.
pub fn parse_score(text: &str) -> Option<u8> {
    let text = text.trim().trim_end_matches('.');
    text.parse::<u8>().ok().filter(|n| (1..=5).contains(n))
}

/// The weighted mean of `scores` (1–5), with `weights` in the same order.
pub fn weighted(scores: &[u8], weights: &[f64]) -> f64 {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    scores.iter().zip(weights).map(|(s, w)| f64::from(*s) * w).sum::<f64>() / total
}

/// The impact level 1–4 (I–IV) of a risk score, one lower when the mitigation score reaches
/// `threshold`: risk under 2 is I, under 3 II, under 4 III, from 4 IV.
pub fn impact_level(risk: f64, mitigation: f64, threshold: f64) -> u8 {
    let level = if risk < 2.0 {
        1
    } else if risk < 3.0 {
        2
    } else if risk < 4.0 {
        3
    } else {
        4
    };
    if mitigation >= threshold && level > 1 {
        level - 1
    } else {
        level
    }
}

/// `I`, `II`, `III`, `IV`.
pub fn roman(level: u8) -> &'static str {
    match level {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_at_their_edges() {
        assert_eq!(impact_level(1.0, 1.0, 4.0), 1);
        assert_eq!(impact_level(1.99, 5.0, 4.0), 1, "never below I");
        assert_eq!(impact_level(2.0, 1.0, 4.0), 2);
        assert_eq!(impact_level(2.0, 4.0, 4.0), 1, "strong mitigation lowers by one");
        assert_eq!(
            impact_level(2.99, 3.99, 4.0),
            2,
            "just below the threshold lowers nothing"
        );
        assert_eq!(impact_level(3.0, 1.0, 4.0), 3);
        assert_eq!(impact_level(4.0, 1.0, 4.0), 4);
        assert_eq!(impact_level(5.0, 5.0, 4.0), 3);
        assert_eq!(impact_level(5.0, 5.0, 5.0), 3);
        assert_eq!(impact_level(5.0, 4.9, 5.0), 4);
    }

    #[test]
    fn weighted_means_follow_the_weights() {
        assert_eq!(weighted(&[5, 1, 1], &[2.0, 1.0, 1.0]), 3.0);
        assert_eq!(
            weighted(&[5, 1, 1], &[0.0, 1.0, 1.0]),
            1.0,
            "a weight of 0 leaves a question out"
        );
        assert_eq!(weighted(&[3, 3], &[0.0, 0.0]), 0.0);
        assert_eq!(parse_score("5"), Some(5));
        assert_eq!(parse_score("0"), None);
        assert_eq!(parse_score("6"), None);
        assert_eq!(parse_score("drei"), None);
    }
}
