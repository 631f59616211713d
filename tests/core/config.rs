//! Configuration: the example file is valid, environment overrides win, and errors name the key.

use lotse::config::Config;
use std::collections::HashMap;
use std::path::Path;

fn load(toml: &str, env: &[(&str, &str)]) -> Result<Config, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lotse.toml");
    std::fs::write(&path, toml).unwrap();
    let env: HashMap<String, String> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Config::load(&path, |k| env.get(k).cloned()).map_err(|e| format!("{e:#}"))
}

const MINIMAL: &str =
    "[matrix]\nhomeserver = \"http://127.0.0.1:8008\"\nuser_id = \"@lotse:localhost\"\npassword = \"pw\"\n";

#[test]
fn example_file_is_valid() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("lotse.example.toml");
    let config = Config::load(&example, |_| None).expect("lotse.example.toml is valid");
    assert_eq!(config.bot.timezone, "Europe/Berlin");
    assert_eq!(config.access.invite_allowlist, vec!["example.org".to_string()]);
}

#[test]
fn environment_overrides_the_file() {
    let config = load(
        MINIMAL,
        &[
            ("LOTSE_DATABASE_URL", "postgres://u:secret@h/db"),
            ("LOTSE_ACCESS_TEAM", "@a:x.org, @b:x.org"),
            ("LOTSE_BOT_DIALOG_TIMEOUT_MINUTES", "5"),
        ],
    )
    .unwrap();
    assert_eq!(config.database.url, "postgres://u:secret@h/db");
    assert_eq!(config.access.team, vec!["@a:x.org".to_string(), "@b:x.org".to_string()]);
    assert_eq!(config.bot.dialog_timeout_minutes, 5);
}

#[test]
fn a_switch_reads_on_and_off_from_the_environment() {
    use lotse::ethics::EthicsSettings;
    let gates = |value: &str| {
        load(MINIMAL, &[("LOTSE_ETHICS_GATES", value)]).map(|config| config.features.get::<EthicsSettings>().gates)
    };
    assert_eq!(gates("aus"), Ok(false));
    assert_eq!(gates("false"), Ok(false));
    assert_eq!(gates("an"), Ok(true));
    let error = gates("vielleicht").unwrap_err();
    assert!(
        error.contains("ethics.gates") && error.contains("true or false"),
        "{error}"
    );
    let from_file = load(&format!("{MINIMAL}[ethics]\ngates = false\n"), &[]).unwrap();
    assert!(!from_file.features.get::<EthicsSettings>().gates);
}

#[test]
fn errors_name_the_key_and_what_is_expected() {
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (MINIMAL, &[("LOTSE_MATRIX_USER_ID", "lotse")], "matrix.user_id"),
        (
            MINIMAL,
            &[("LOTSE_MATRIX_HOMESERVER", "matrix.example.org")],
            "matrix.homeserver",
        ),
        (
            MINIMAL,
            &[("LOTSE_BOT_DIALOG_TIMEOUT_MINUTES", "bald")],
            "bot.dialog_timeout_minutes",
        ),
        (MINIMAL, &[("LOTSE_BOT_DEFAULT_LANGUAGE", "fr")], "bot.default_language"),
        (MINIMAL, &[("LOTSE_BOT_TIMEZONE", "Mars/Olympus")], "bot.timezone"),
        (MINIMAL, &[("LOTSE_DATABASE_URL", "mysql://x")], "database.url"),
        (MINIMAL, &[("LOTSE_ACCESS_TEAM", "anna")], "access.team"),
        (
            "[matrix]\nhomeserver = \"http://h\"\nuser_id = \"@l:h\"\n",
            &[],
            "matrix.password",
        ),
        ("[matrix]\nuser_id = \"@l:h\"\npassword = \"x\"\n", &[], "homeserver"),
        (&format!("{MINIMAL}colour = \"blue\"\n"), &[], "colour"),
        ("not toml at all [", &[], "not valid TOML"),
    ];
    for (toml, env, expected) in cases {
        let error = load(toml, env).expect_err(expected);
        assert!(error.contains(expected), "error {error:?} names {expected}");
    }
}

#[test]
fn a_value_of_the_wrong_kind_names_the_key_and_the_kind_in_the_file_and_the_environment() {
    // One key of each kind (text, list, whole number, decimal), from the file and from LOTSE_*.
    let file_cases = [
        (
            "[bot]\ndialog_timeout_minutes = \"zehn\"\n",
            r#"bot.dialog_timeout_minutes: expected a whole number of minutes, found "zehn""#,
        ),
        (
            "[bot]\ntimezone = 1\n",
            "bot.timezone: expected a text in quotes, found 1",
        ),
        (
            "[access]\nteam = \"@a:x.org\"\n",
            r#"access.team: expected a list of texts like ["a", "b"]"#,
        ),
        ("[access]\nteam = [1, 2]\n", "access.team: expected a list of texts"),
        (
            "[scoring]\nweight_wirkung = \"hoch\"\n",
            r#"scoring.weight_wirkung: expected a number like 1.5, found "hoch""#,
        ),
        (
            "[privacy]\nround_table_contributions_months = 1.5\n",
            "privacy.round_table_contributions_months: expected a whole number of months, found 1.5",
        ),
    ];
    for (extra, expected) in file_cases {
        let error = load(&format!("{MINIMAL}{extra}"), &[]).expect_err(expected);
        assert!(error.contains(expected), "{error:?} should say {expected:?}");
    }
    let env_cases = [
        (
            "LOTSE_BOT_DIALOG_TIMEOUT_MINUTES",
            "zehn",
            r#"bot.dialog_timeout_minutes (from LOTSE_BOT_DIALOG_TIMEOUT_MINUTES): expected a whole number of minutes, found "zehn""#,
        ),
        (
            "LOTSE_SCORING_WEIGHT_BUERGER",
            "viel",
            r#"scoring.weight_buerger (from LOTSE_SCORING_WEIGHT_BUERGER): expected a number like 1.5, found "viel""#,
        ),
    ];
    for (var, value, expected) in env_cases {
        let error = load(MINIMAL, &[(var, value)]).expect_err(expected);
        assert!(error.contains(expected), "{error:?} should say {expected:?}");
    }
    // Text and list values from the environment are always of their kind; a list is split at commas.
    let config = load(MINIMAL, &[("LOTSE_BOT_NAMES", "Lotse, Lotsi")]).unwrap();
    assert_eq!(config.bot.names, vec!["Lotse".to_string(), "Lotsi".to_string()]);
}

#[test]
fn secrets_never_appear_in_debug_output() {
    let config = load(
        MINIMAL,
        &[
            ("LOTSE_MATRIX_STORE_PASSPHRASE", "geheim123"),
            ("LOTSE_DATABASE_URL", "postgres://u:pgsecret@h/db"),
        ],
    )
    .unwrap();
    let shown = format!("{config:?}");
    assert!(
        !shown.contains("geheim123") && !shown.contains("pgsecret") && !shown.contains("\"pw\""),
        "{shown}"
    );
}

#[test]
fn metrics_are_off_unless_configured_and_their_keys_are_checked() {
    assert!(load(MINIMAL, &[]).unwrap().metrics.is_none(), "off by default");
    let on = load(&format!("{MINIMAL}[metrics]\n"), &[]).unwrap();
    let metrics = on.metrics.expect("an empty [metrics] turns them on");
    assert_eq!(metrics.listen, "127.0.0.1:9464", "loopback by default");
    assert_eq!((metrics.token, metrics.max_sync_age_seconds), (None, 90));
    let from_env = load(
        MINIMAL,
        &[
            ("LOTSE_METRICS_LISTEN", "0.0.0.0:9100"),
            ("LOTSE_METRICS_TOKEN", "t0ken-geheim"),
        ],
    )
    .unwrap();
    let metrics = from_env.metrics.as_ref().expect("LOTSE_METRICS_LISTEN turns them on");
    assert_eq!(metrics.listen, "0.0.0.0:9100");
    assert!(
        !format!("{from_env:?}").contains("t0ken-geheim"),
        "the token is a secret"
    );
    for (extra, expected) in [
        (
            "[metrics]\nmax_sync_age_seconds = \"zehn\"\n",
            r#"metrics.max_sync_age_seconds: expected a whole number of seconds, found "zehn""#,
        ),
        (
            "[metrics]\nlisten = \"localhost\"\n",
            "metrics.listen must be an address with a port",
        ),
        (
            "[metrics]\nmax_sync_age_seconds = 5\n",
            "metrics.max_sync_age_seconds must be between 60",
        ),
        ("[metrics]\ntoken = \" \"\n", "metrics.token is empty"),
        ("[metrics]\nport = 9464\n", "port"),
    ] {
        let error = load(&format!("{MINIMAL}{extra}"), &[]).expect_err(expected);
        assert!(error.contains(expected), "{error:?} should say {expected:?}");
    }
}

#[test]
fn the_access_contact_comes_from_the_file_or_the_environment_and_reaches_the_core() {
    let from_file = load(
        &format!("{MINIMAL}[access]\ncontact = \" Frau Beispiel (KI-Koordination), Tel. 0341 123-4567 \"\n"),
        &[],
    )
    .unwrap();
    assert_eq!(
        lotse::bot::Settings::from_config(&from_file).access_contact.as_deref(),
        Some("Frau Beispiel (KI-Koordination), Tel. 0341 123-4567")
    );
    let from_env = load(MINIMAL, &[("LOTSE_ACCESS_CONTACT", "Herr Muster, Zimmer 3.12")]).unwrap();
    assert_eq!(from_env.access.contact.as_deref(), Some("Herr Muster, Zimmer 3.12"));
    let without = load(MINIMAL, &[]).unwrap();
    assert_eq!(lotse::bot::Settings::from_config(&without).access_contact, None);
    for (contact, expected) in [
        ("\"  \"", "access.contact is empty"),
        ("\"Frau Beispiel\\nTel. 123\"", "access.contact must be one line"),
        ("42", "access.contact: expected a text in quotes, found 42"),
    ] {
        let error = load(&format!("{MINIMAL}[access]\ncontact = {contact}\n"), &[]).expect_err(expected);
        assert!(error.contains(expected), "{error:?} should say {expected:?}");
    }
}
