//! The concern categories (eGovernment Monitor 2024 plus three) and the words that pick one:
//! German or English, any case, with or without umlauts, or the number of the choice.

/// One category: its stored key, the Fluent id of its label and the words that name it.
#[derive(Debug, PartialEq, Eq)]
pub struct Category {
    /// Stored in `concerns.category`.
    pub key: &'static str,
    /// Fluent id of the label in the user's language.
    pub label_id: &'static str,
    /// Accepted words, already in the form `normalise` produces.
    keywords: &'static [&'static str],
    /// The share of respondents with this worry in the eGovernment MONITOR 2024, as the
    /// guideline quotes it (percent); None for the categories the survey did not ask about.
    pub monitor_percent: Option<u8>,
}

/// In the order of the numbered choices (1 = Verantwortung … 7 = Sonstiges).
pub const CATEGORIES: [Category; 7] = [
    Category {
        key: "verantwortung",
        label_id: "concern-cat-verantwortung",
        keywords: &[
            "verantwortung",
            "verantwortlichkeit",
            "haftung",
            "responsibility",
            "accountability",
            "liability",
        ],
        monitor_percent: Some(45),
    },
    Category {
        key: "fehler_ki",
        label_id: "concern-cat-fehler",
        keywords: &[
            "fehlerderki",
            "fehler",
            "kifehler",
            "fehlerki",
            "aierrors",
            "aierror",
            "errors",
            "error",
            "mistakes",
            "aimistakes",
        ],
        monitor_percent: Some(42),
    },
    Category {
        key: "nachvollziehbarkeit",
        label_id: "concern-cat-nachvollziehbarkeit",
        keywords: &[
            "nachvollziehbarkeit",
            "nachvollziehbar",
            "transparenz",
            "erklaerbarkeit",
            "erklarbarkeit",
            "traceability",
            "transparency",
            "explainability",
        ],
        monitor_percent: Some(40),
    },
    Category {
        key: "datenschutz",
        label_id: "concern-cat-datenschutz",
        keywords: &["datenschutz", "dsgvo", "privacy", "dataprotection", "gdpr"],
        monitor_percent: Some(33),
    },
    Category {
        key: "diskriminierung",
        label_id: "concern-cat-diskriminierung",
        keywords: &[
            "diskriminierungbias",
            "diskriminierung",
            "bias",
            "fairness",
            "discriminationbias",
            "discrimination",
        ],
        monitor_percent: None,
    },
    Category {
        key: "arbeitsplatz",
        label_id: "concern-cat-arbeitsplatz",
        keywords: &[
            "arbeitsplatzveraenderung",
            "arbeitsplatzveranderung",
            "arbeitsplatz",
            "veraenderung",
            "veranderung",
            "arbeit",
            "workplacechange",
            "workplace",
            "change",
            "job",
            "jobs",
        ],
        monitor_percent: None,
    },
    Category {
        key: "sonstiges",
        label_id: "concern-cat-sonstiges",
        keywords: &["sonstiges", "sonstige", "anderes", "andere", "other", "others", "misc"],
        monitor_percent: None,
    },
];

/// Lower case, umlauts spelt out (ä → ae, ß → ss), everything but letters and digits removed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The category `text` names: a keyword (e.g. "Datenschutz", "privacy", "Veraenderung",
/// "Fehler der KI") or the number of the choice ("4", "4.").
/// A choice copied whole ("4 – Datenschutz") counts too, if number and word agree.
pub fn parse(text: &str) -> Option<&'static Category> {
    let text = text.trim();
    let digits_end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    if digits_end > 0 {
        let by_number = text[..digits_end]
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| CATEGORIES.get(i))?;
        let rest = &text[digits_end..];
        return (normalise(rest).is_empty() || by_word(rest) == Some(by_number)).then_some(by_number);
    }
    by_word(text)
}

fn by_word(text: &str) -> Option<&'static Category> {
    let word = normalise(text);
    if word.is_empty() || word.chars().count() > 40 {
        return None;
    }
    CATEGORIES.iter().find(|c| c.keywords.contains(&word.as_str()))
}

/// The category stored as `key`; unknown keys count as Sonstiges.
pub fn by_key(key: &str) -> &'static Category {
    CATEGORIES
        .iter()
        .find(|c| c.key == key)
        .unwrap_or(&CATEGORIES[CATEGORIES.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_spellings_pick_a_category() {
        let key = |t: &str| parse(t).map(|c| c.key);
        assert_eq!(key("Datenschutz"), Some("datenschutz"));
        assert_eq!(key("PRIVACY"), Some("datenschutz"));
        assert_eq!(key("4"), Some("datenschutz"));
        assert_eq!(key("4."), Some("datenschutz"));
        assert_eq!(key("Fehler der KI"), Some("fehler_ki"));
        assert_eq!(key("KI-Fehler"), Some("fehler_ki"));
        assert_eq!(key("Veränderung"), Some("arbeitsplatz"));
        assert_eq!(key("Veraenderung"), Some("arbeitsplatz"));
        assert_eq!(key("Veranderung"), Some("arbeitsplatz"));
        assert_eq!(key("Arbeitsplatz/Veränderung"), Some("arbeitsplatz"));
        assert_eq!(key("Diskriminierung/Bias"), Some("diskriminierung"));
        assert_eq!(key("7"), Some("sonstiges"));
        assert_eq!(key(" 4 – Datenschutz"), Some("datenschutz"));
        assert_eq!(key("4) Data protection"), Some("datenschutz"));
        assert_eq!(key("4 Verantwortung"), None);
        assert_eq!(key("3 Leute sagen"), None);
        assert_eq!(key("0"), None);
        assert_eq!(key("8"), None);
        assert_eq!(key("99999999999999999999999"), None);
        assert_eq!(key("Wetter"), None);
        assert_eq!(key(""), None);
    }

    #[test]
    fn every_key_maps_back() {
        for category in &CATEGORIES {
            assert_eq!(by_key(category.key), category);
        }
        assert_eq!(by_key("unknown").key, "sonstiges");
    }
}
