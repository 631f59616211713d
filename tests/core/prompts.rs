//! Both languages define the same message ids, every id the code uses exists, and numbers meet
//! nouns only through plural selectors (no "Idee(n)").

use lotse::bot::commands;
use lotse::bot::i18n::message_ids;
use std::collections::BTreeSet;

/// Kebab-case literals in src/ that are data, not message ids.
const NOT_MESSAGE_IDS: &[&str] = &[
    "in-pruefung",
    "im-betrieb",
    "meine-daten",
    "meine-schulungen",
    "my-data",
    "my-trainings",
    "vergiss-mich",
    "forget-me",
    // The inventory's commands, topic and export, the words of its fields and statuses, and the
    // keys its triage stores.
    "ki-tool",
    "ki-tools",
    "ai-tool",
    "ai-tools",
    "ki-werkzeug",
    "ki-werkzeuge",
    "ki-bestand",
    "ki-inventar",
    "ausser-betrieb",
    "in-betrieb",
    "in-use",
    "eu-datenbank",
    "grundrechte-folgenabschaetzung",
    "legal-basis",
    "menschliche-aufsicht",
    "naechste-pruefung",
    "next-review",
    "personal-data",
    "personenbezogene-daten",
    "works-council",
    "ki-system",
    "kein-ki-system",
    "kein-ki",
    "keine-ki",
    "not-ai",
    "anhang-iii",
    "weiss-nicht",
    // The ethics check's command and stored verdict, and a serde attribute.
    "ethik-check",
    "pre-check",
    "nicht-bestanden",
    "kebab-case",
    // Chart file names and the font family the charts register.
    "ideen-nach-status",
    "bedenken-nach-kategorie",
    "ki-kompetenz-nach-fachbereich",
    "sans-serif",
    // The backup's folder and marker file names.
    "matrix-store",
    "lotse-restored-from-backup",
];

fn ids(lang: &str) -> BTreeSet<String> {
    let list = message_ids(lang);
    let set: BTreeSet<String> = list.iter().cloned().collect();
    assert_eq!(set.len(), list.len(), "prompts/{lang} defines an id twice");
    set
}

fn source_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn german_and_english_define_the_same_ids() {
    let (de, en) = (ids("de"), ids("en"));
    let only_de: Vec<_> = de.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&de).collect();
    assert!(
        only_de.is_empty() && only_en.is_empty(),
        "only German: {only_de:?}; only English: {only_en:?}"
    );
}

#[test]
fn every_id_used_in_code_exists() {
    let de = ids("de");
    let mut files = vec![];
    source_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let mut missing = BTreeSet::new();
    let mut used = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for capture in literal.captures_iter(&text) {
            let id = &capture[1];
            if NOT_MESSAGE_IDS.contains(&id) {
                continue;
            }
            used += 1;
            if !de.contains(id) {
                missing.insert(format!("{id} ({})", file.display()));
            }
        }
    }
    assert!(used > 50, "the scan finds the ids the code uses ({used})");
    for spec in commands::all() {
        if !de.contains(spec.help_key) {
            missing.insert(format!("{} (help of !{})", spec.help_key, spec.name));
        }
    }
    for topic in commands::topics() {
        let heading = topic.heading;
        for id in [heading.to_string(), format!("{heading}-details")] {
            if !de.contains(&id) {
                missing.insert(id);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids used in code but missing in prompts/: {missing:?}"
    );
}

#[test]
fn messages_render_without_fluent_errors() {
    use lotse::bot::i18n::{Lang, t};
    for lang in [Lang::De, Lang::En] {
        for id in message_ids(lang.code()) {
            let text = t(lang, &id, &[]);
            assert!(!text.is_empty() && text != id, "{id} renders in {lang:?}");
        }
    }
}

/// Every message of `lang`'s prompt files: (file, id, source text with its continuation lines).
fn message_sources(lang: &str) -> Vec<(String, String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("prompts")
        .join(lang);
    let start = regex::Regex::new(r"^([a-z][a-z0-9-]*) = ?(.*)$").unwrap();
    let mut messages: Vec<(String, String, String)> = vec![];
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if let Some(found) = start.captures(line) {
                messages.push((file.clone(), found[1].to_string(), found[2].to_string()));
            } else if line.starts_with(char::is_whitespace)
                && let Some(last) = messages.last_mut()
            {
                last.2.push('\n');
                last.2.push_str(line);
            }
        }
    }
    messages
}

#[test]
fn no_plural_hacks_in_the_prompts() {
    let hack = regex::Regex::new(r"\p{L}\((?:e|en|n|s|er|nen|innen|r)\)").unwrap();
    let mut found = vec![];
    for lang in ["de", "en"] {
        for (file, id, text) in message_sources(lang) {
            if let Some(m) = hack.find(&text) {
                found.push(format!("{lang}/{file} {id}: {}", m.as_str()));
            }
        }
    }
    assert!(found.is_empty(), "write plurals with a Fluent selector: {found:?}");
}

/// Variables that always hold numbers, besides every variable some message selects a plural on.
const NUMBERS: &[&str] = &[
    "count",
    "capacity",
    "max",
    "length",
    "days",
    "contributions",
    "participants",
    "anonymous",
    "named",
    "passed",
    "failed",
    "conditions",
    "waiting",
    "confirmed",
    "seats",
    "free",
    "total",
    "supporters",
    "n",
];

/// Words that read the same after 1 and after 5 (English; German nouns are told by their capital).
const INVARIANT_AFTER_A_NUMBER: &[&str] = &[
    "of", "to", "and", "or", "with", "passed", "failed", "not", "on", "in", "from", "at", "are", "is", "was", "has",
    "have", "signed", "per", "x", "h",
];

/// German words after a number that need no plural form: prepositions before a noun of their
/// own, and nouns that are the same in singular and plural.
const GERMAN_INVARIANT_AFTER_A_NUMBER: &[&str] = &[
    "von", "mit", "bis", "aus", "auf", "in", "im", "für", "pro", "je", "zu", "am", "an", "Zeichen",
];

/// As far as a simple check can tell: a number directly before a noun (German: a capitalised word,
/// or an adjective and a capitalised word; English: any word not in the list above) only inside
/// a message that selects a plural form on that number.
#[test]
fn a_number_before_a_noun_has_a_plural_selector() {
    let selector = regex::Regex::new(r"\{\s*\$([a-z_]+)\s*->").unwrap();
    let before_word = regex::Regex::new(r"\{\s*\$([a-z_]+)\s*\}\s+(\p{L}+)(?:\s+(\p{L}+))?").unwrap();
    let mut numbers: BTreeSet<String> = NUMBERS.iter().map(|s| s.to_string()).collect();
    for lang in ["de", "en"] {
        for (_, _, text) in message_sources(lang) {
            if text.contains("[one]") {
                numbers.extend(selector.captures_iter(&text).map(|c| c[1].to_string()));
            }
        }
    }
    let mut missing = vec![];
    for lang in ["de", "en"] {
        for (file, id, text) in message_sources(lang) {
            let selected: BTreeSet<String> = selector.captures_iter(&text).map(|c| c[1].to_string()).collect();
            for found in before_word.captures_iter(&text) {
                let (var, word) = (&found[1], &found[2]);
                if !numbers.contains(var) || selected.contains(var) {
                    continue;
                }
                let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
                let noun = match lang {
                    "de" if GERMAN_INVARIANT_AFTER_A_NUMBER.contains(&word) => false,
                    "de" => capital(word) || found.get(3).is_some_and(|next| capital(next.as_str())),
                    _ => !INVARIANT_AFTER_A_NUMBER.contains(&word),
                };
                if noun {
                    missing.push(format!("{lang}/{file} {id}: {}", &found[0]));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "a number before a noun needs a plural selector: {missing:#?}"
    );
}
