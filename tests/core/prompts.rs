//! Both languages define the same message ids, and every id the code uses exists.

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
