//! Core tests for scoring by the guideline's criteria (one line and guided), the weighted
//! ranking of the portfolio with its pages, and the scoring configuration.

use crate::corekit::team::*;
use crate::corekit::{self, TEAM, backends, backends_with};
use lotse::bot::context::{MAX_REPLY_BODY_BYTES, MAX_REPLY_HTML_BYTES};
use lotse::team::ScoringSettings;

#[tokio::test]
async fn one_line_scores_name_the_wrong_part_and_store_nothing() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let cases = [
            ("wirkung=4 schoenheit=3", "„schoenheit“"),
            (
                "wirkung=7 akzeptanz=3",
                "Für „Wirkungsorientierung“ brauche ich eine ganze Zahl von 1 bis 5; „7“ passt nicht",
            ),
            (
                "impact=x",
                "„Wirkungsorientierung“ brauche ich eine ganze Zahl von 1 bis 5; „x“ passt nicht",
            ),
            (
                "wirkung=4 akzeptanz=3",
                "Technische Machbarkeit (machbarkeit), Effizienz (effizienz)",
            ),
            ("wirkung=4 wirkung=3", "„Wirkungsorientierung“ steht zweimal"),
            ("super", "„super“"),
        ];
        for (args, expected) in cases {
            let reply = one(&t, TEAM, &format!("!bewerte #1 {args}")).await;
            assert!(reply.contains(expected), "{args}: {reply}");
        }
        assert!(one(&t, TEAM, "!bewerte").await.contains("wirkung=4"));
        assert!(
            one(&t, TEAM, "!bewerte #9 wirkung=4")
                .await
                .contains("#9 gibt es nicht")
        );
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_scores").await, 0);
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 0);
        // English keys and umlaut spellings.
        let reply = t
            .one(
                TEAM,
                "!score #1 impact=5 usability=5 scalability=5 feasibility=5 efficiency=5 Bürger=5",
            )
            .await;
        assert!(reply.contains("5,0"), "{reply}");
    }
}

#[tokio::test]
async fn scores_per_member_are_replaced_on_rescoring_and_shown_to_the_team_only() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        t.set_strategy_room_members(&[CDO]);
        one(
            &t,
            TEAM,
            "!bewerte #1 wirkung=1 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=1",
        )
        .await;
        let reply = one(&t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert!(
            reply.contains("3,8") && reply.contains("aus einer Bewertung"),
            "{reply}"
        );
        let reply = one(
            &t,
            CDO,
            "!bewerte #1 wirkung=2 akzeptanz=3 skalierung=1 machbarkeit=2 effizienz=4 buerger=1",
        )
        .await;
        assert!(reply.contains("3,0") && reply.contains("aus 2 Bewertungen"), "{reply}");
        assert_eq!(t.count("SELECT COUNT(*) FROM idea_scores").await, 2);
        let shown = one(&t, TEAM, "!idee #1").await;
        assert!(
            shown.contains("Bewertung (nur für das Strategieteam): 3,0 aus 2 Bewertungen"),
            "{shown}"
        );
        assert!(shown.contains("Wirkungsorientierung 3,0"), "{shown}");
        let public = one(&t, BEN, "!idee #1").await;
        assert!(
            !public.contains("Bewertung (nur") && !public.contains("3,0"),
            "{public}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'score'").await,
            3
        );
    }
}

#[tokio::test]
async fn guided_scoring_asks_each_criterion_and_checks_the_answers() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let first = one(&t, TEAM, "!bewerte #1").await;
        assert!(first.contains("(1/6) Wirkungsorientierung"), "{first}");
        assert!(one(&t, TEAM, "7").await.contains("1 bis 5"));
        assert!(one(&t, TEAM, "super").await.contains("1 bis 5"));
        let mut last = String::new();
        for (step, answer) in ["4", "3", "5", "2", "4", "5"].iter().enumerate() {
            last = one(&t, TEAM, answer).await;
            if step < 5 {
                assert!(last.contains(&format!("({}/6)", step + 2)), "{last}");
            }
        }
        assert!(last.contains("3,8"), "{last}");
        assert_eq!(t.count("SELECT COUNT(*) FROM dialogs").await, 0);
        let stored: (i64, i64, i64, i64, i64, i64) =
            sqlx::query_as("SELECT wirkung, akzeptanz, skalierung, machbarkeit, effizienz, buerger FROM idea_scores")
                .fetch_one(t.store().pool())
                .await
                .unwrap();
        assert_eq!(stored, (4, 3, 5, 2, 4, 5));
        // Cancelling stores nothing more.
        one(&t, TEAM, "!bewerte #1").await;
        one(&t, TEAM, "1").await;
        assert!(one(&t, TEAM, "!abbrechen").await.contains("abgebrochen"));
        assert_eq!(t.count("SELECT COUNT(*) FROM audit_log").await, 1);
    }
}

fn weighted_settings() -> lotse::bot::Settings {
    let mut settings = corekit::settings();
    // Only Wirkungsorientierung counts, twice as much as Fokus auf Bürger:innen.
    settings.set_feature(ScoringSettings {
        weights: [2.0, 0.0, 0.0, 0.0, 0.0, 1.0],
        ..ScoringSettings::default()
    });
    settings
}

#[tokio::test]
async fn portfolio_ranks_by_weighted_score_and_filters_by_status() {
    for t in backends_with(weighted_settings).await {
        for title in ["Alpha", "Beta", "Gamma", "Delta"] {
            one(&t, ANNA, &format!("!idee {title}")).await;
        }
        one(
            &t,
            TEAM,
            "!bewerte #1 wirkung=2 akzeptanz=5 skalierung=5 machbarkeit=5 effizienz=5 buerger=5",
        )
        .await;
        one(
            &t,
            TEAM,
            "!bewerte #2 wirkung=5 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=2",
        )
        .await;
        one(
            &t,
            TEAM,
            "!bewerte #3 wirkung=4 akzeptanz=1 skalierung=1 machbarkeit=1 effizienz=1 buerger=4",
        )
        .await;
        // Weighted: #1 = (4+5)/3 = 3.0, #2 = (10+2)/3 = 4.0, #3 = (8+4)/3 = 4.0 (tie: older first); #4 unscored.
        let portfolio = one(&t, TEAM, "!portfolio").await;
        let order: Vec<&str> = portfolio
            .lines()
            .skip(1)
            .map(|l| l.split(" – ").next().unwrap())
            .collect();
        assert_eq!(
            order,
            vec!["1. #2 Beta", "2. #3 Gamma", "3. #1 Alpha", "4. #4 Delta"],
            "{portfolio}"
        );
        assert!(
            portfolio.contains("Ø 4,0 aus einer Bewertung") && portfolio.contains("noch nicht bewertet"),
            "{portfolio}"
        );
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #4 abgelehnt passt nicht").await;
        let in_review = one(&t, TEAM, "!portfolio in-prüfung").await;
        assert!(
            in_review.contains("#1 Alpha") && !in_review.contains("#2 Beta"),
            "{in_review}"
        );
        assert!(
            !one(&t, TEAM, "!portfolio").await.contains("Delta"),
            "rejected ideas leave the default view"
        );
        assert!(one(&t, TEAM, "!portfolio abgelehnt").await.contains("Delta"));
        assert!(one(&t, TEAM, "!portfolio pilot").await.contains("keine Ideen"));
        assert!(one(&t, TEAM, "!portfolio quatsch").await.contains("!portfolio pilot"));
    }
}

#[tokio::test]
async fn long_portfolios_are_paged_within_the_reply_limits() {
    for t in backends().await {
        let long_title = "Ä".repeat(200);
        one(&t, ANNA, &format!("!fachbereich {}", "F".repeat(100))).await;
        for _ in 0..23 {
            one(&t, ANNA, &format!("!idee {long_title}")).await;
        }
        let out = send(&t, TEAM, "!portfolio").await;
        let page = &out[0];
        assert!(page.body.len() <= MAX_REPLY_BODY_BYTES && page.html.len() <= MAX_REPLY_HTML_BYTES);
        assert!(
            page.body.contains("Seite 1 von 3") && page.body.contains("!portfolio seite 2"),
            "{}",
            page.body
        );
        assert_eq!(page.body.lines().filter(|l| l.contains(". #")).count(), 10);
        let third = one(&t, TEAM, "!portfolio seite 3").await;
        assert_eq!(third.lines().filter(|l| l.contains(". #")).count(), 3, "{third}");
        assert!(
            third.contains("21. #") && !third.contains("!portfolio seite 4"),
            "{third}"
        );
        assert!(
            one(&t, TEAM, "!portfolio seite 4")
                .await
                .contains("das Portfolio hat 3 Seiten.")
        );
    }
}

/// The ranking the database computes for `!portfolio` is the one `criteria::weighted_score`
/// gives, page by page, with means that are not whole numbers, ties, unscored and rejected ideas.
#[tokio::test]
async fn the_database_ranks_the_portfolio_as_the_weighted_score_does() {
    use lotse::team::criteria::weighted_score;
    for t in backends_with(weighted_settings).await {
        let weights = [2.0, 0.0, 0.0, 0.0, 0.0, 1.0];
        let mut expected: Vec<(Option<f64>, i64)> = vec![];
        for id in 1..=25i64 {
            one(&t, ANNA, &format!("!idee Idee Nummer {id}")).await;
            // Three scorers for most ideas, nine for some (means PostgreSQL's AVG would round
            // differently), one for some, none for every fifth.
            let scorers = match id % 5 {
                0 => 0,
                1 => 1,
                2 => 9,
                _ => 3,
            };
            let mut sets = vec![];
            for scorer in 0..scorers {
                let value = |salt: i64| 1 + (id * 7 + scorer * 3 + salt) % 5;
                let set = [value(0), value(1), value(2), value(3), value(4), value(5)];
                sqlx::query(
                    "INSERT INTO idea_scores (idea_id, scorer, wirkung, akzeptanz, skalierung, machbarkeit, \
                     effizienz, buerger, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0)",
                )
                .bind(id)
                .bind(format!("@scorer{scorer}:example.org"))
                .bind(set[0])
                .bind(set[1])
                .bind(set[2])
                .bind(set[3])
                .bind(set[4])
                .bind(set[5])
                .execute(t.store().pool())
                .await
                .unwrap();
                sets.push(set);
            }
            if id == 13 {
                one(&t, TEAM, "!status #13 abgelehnt passt nicht").await;
                continue;
            }
            expected.push((weighted_score(&sets, &weights), id));
        }
        expected.sort_by(|a, b| match (a.0, b.0) {
            (Some(x), Some(y)) => y.total_cmp(&x).then(a.1.cmp(&b.1)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.1.cmp(&b.1),
        });
        let mut shown = vec![];
        for page in 1..=3 {
            let text = one(&t, TEAM, &format!("!portfolio seite {page}")).await;
            for line in text.lines().filter(|l| l.contains(". #")) {
                let number = line.split(". #").nth(1).unwrap().split(' ').next().unwrap();
                shown.push(number.parse::<i64>().unwrap());
            }
        }
        let wanted: Vec<i64> = expected.iter().map(|(_, id)| *id).collect();
        assert_eq!(shown, wanted, "on {}", t.backend);
    }
}

#[test]
fn scoring_weights_and_period_come_from_the_configuration() {
    use lotse::config::Config;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lotse.toml");
    let minimal =
        "[matrix]\nhomeserver = \"http://127.0.0.1:8008\"\nuser_id = \"@lotse:localhost\"\npassword = \"pw\"\n";
    std::fs::write(
        &path,
        format!("{minimal}[scoring]\nweight_wirkung = 2\nreassessment_months = 3\n"),
    )
    .unwrap();
    let env = |key: &str| (key == "LOTSE_SCORING_WEIGHT_BUERGER").then(|| "0,5".to_string());
    let config = Config::load(&path, env).unwrap();
    let settings = lotse::bot::Settings::from_config(&config);
    let scoring = settings.feature::<ScoringSettings>();
    assert_eq!(scoring.weights, [2.0, 1.0, 1.0, 1.0, 1.0, 0.5]);
    assert_eq!(scoring.reassessment_months, 3);
    assert_eq!(scoring.reassessment_notice_days, 14);
    for (bad, key) in [
        ("weight_effizienz = -1", "scoring.weight_effizienz"),
        ("reassessment_months = 0", "scoring.reassessment_months"),
        ("gewicht = 1", "gewicht"),
    ] {
        std::fs::write(&path, format!("{minimal}[scoring]\n{bad}\n")).unwrap();
        let error = format!("{:#}", Config::load(&path, |_| None).unwrap_err());
        assert!(error.contains(key), "{bad}: {error}");
    }
    let zero = "weight_wirkung = 0\nweight_akzeptanz = 0\nweight_skalierung = 0\nweight_machbarkeit = 0\nweight_effizienz = 0\nweight_buerger = 0";
    std::fs::write(&path, format!("{minimal}[scoring]\n{zero}\n")).unwrap();
    assert!(Config::load(&path, |_| None).is_err());
}

/// Numbers meet nouns in the right form: no scores, one score, several (issue 19).
#[tokio::test]
async fn counts_of_scores_and_ideas_read_right_for_none_one_and_many() {
    for t in backends().await {
        // None: the portfolio is empty, and an idea is not scored yet.
        assert!(
            one(&t, TEAM, "!portfolio")
                .await
                .contains("Dazu gibt es keine Ideen im Portfolio."),
            "empty portfolio"
        );
        one(&t, ANNA, "!idee Chatbot").await;
        assert!(one(&t, TEAM, "!idee #1").await.contains("Noch nicht bewertet"));
        // One idea, one score.
        let first = one(&t, TEAM, "!bewerte #1").await;
        assert!(
            first.contains("(1/6) Wirkungsorientierung: Zahlt die Idee auf die Ziele der KI-Strategie ein?"),
            "{first}"
        );
        one(&t, TEAM, "!abbrechen").await;
        let saved = one(&t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert!(
            saved.contains("Gesamtwert: 3,8 (gewichtet, aus einer Bewertung)."),
            "{saved}"
        );
        let portfolio = one(&t, TEAM, "!portfolio").await;
        assert!(
            portfolio.starts_with("Portfolio (alle außer abgelehnten): eine Idee, nach gewichteter Bewertung")
                && portfolio.contains("Ø 3,8 aus einer Bewertung"),
            "{portfolio}"
        );
        // Many: three scores of one idea, three ideas.
        t.set_strategy_room_members(&[CDO, BEN]);
        one(&t, CDO, &format!("!bewerte #1 {FULL_SCORE}")).await;
        let saved = one(&t, BEN, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert!(saved.contains("(gewichtet, aus 3 Bewertungen)."), "{saved}");
        assert!(
            one(&t, TEAM, "!idee #1").await.contains("3,8 aus 3 Bewertungen"),
            "idea details"
        );
        one(&t, ANNA, "!idee Terminbuchung").await;
        one(&t, ANNA, "!idee Aktenvermerk").await;
        let portfolio = one(&t, TEAM, "!portfolio").await;
        assert!(
            portfolio.starts_with("Portfolio (alle außer abgelehnten): 3 Ideen, nach gewichteter Bewertung")
                && portfolio.contains("Ø 3,8 aus 3 Bewertungen"),
            "{portfolio}"
        );
        one(&t, TEAM, "!sprache en").await;
        let english = one(&t, TEAM, "!portfolio").await;
        assert!(
            english.starts_with("Portfolio (all but rejected): 3 ideas, ranked by weighted score")
                && english.contains("from 3 scores"),
            "{english}"
        );
        one(&t, TEAM, "!sprache de").await;
    }
}

/// A wrong value or criterion is named by the criterion's German name, never its key alone.
#[tokio::test]
async fn score_errors_name_criteria_by_their_german_names() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        let bad = one(&t, TEAM, "!bewerte #1 akzeptanz=9").await;
        assert_eq!(
            bad,
            "Für „Akzeptanz und Nutzbarkeit“ brauche ich eine ganze Zahl von 1 bis 5; „9“ passt nicht. \
             Zum Beispiel: akzeptanz=4"
        );
        let missing = one(&t, TEAM, "!bewerte #1 wirkung=4").await;
        assert!(
            missing.contains("Akzeptanz und Nutzbarkeit (akzeptanz)") && missing.contains("!bewerte #1,"),
            "{missing}"
        );
        let unknown = one(&t, TEAM, "!bewerte #1 schoenheit=3").await;
        assert!(
            unknown.contains("wirkung (Wirkungsorientierung), akzeptanz (Akzeptanz und Nutzbarkeit)"),
            "{unknown}"
        );
        one(&t, TEAM, "!sprache en").await;
        let english = one(&t, TEAM, "!bewerte #1 acceptance=9").await;
        assert!(
            english
                .starts_with("For \"Acceptance and usability\" I need a whole number from 1 to 5; \"9\" does not fit."),
            "{english}"
        );
    }
}

#[test]
fn the_remaining_counts_have_their_forms() {
    use lotse::bot::i18n::{Lang, t};
    let more = |lang, n: i64| t(lang, "reassessment-more", &[("count", n.into())]);
    assert_eq!(more(Lang::De, 1), "… und eine weitere.");
    assert_eq!(more(Lang::De, 4), "… und 4 weitere.");
    assert_eq!(more(Lang::En, 1), "… and one more.");
    assert_eq!(more(Lang::En, 4), "… and 4 more.");
    let none_due = |lang, days: i64| t(lang, "reassessment-none-due", &[("days", days.into())]);
    assert_eq!(
        none_due(Lang::De, 0),
        "Keine Neubewertung ist überfällig oder heute fällig. 👍"
    );
    assert_eq!(
        none_due(Lang::De, 1),
        "Keine Neubewertung ist überfällig oder bis morgen fällig. 👍"
    );
    assert_eq!(
        none_due(Lang::De, 14),
        "Keine Neubewertung ist überfällig oder in den nächsten 14 Tagen fällig. 👍"
    );
    assert_eq!(
        none_due(Lang::En, 1),
        "No re-assessment is overdue or due by tomorrow. 👍"
    );
    let size = |lang, n: i64| {
        t(
            lang,
            "report-portfolio-size",
            &[
                ("count", n.into()),
                ("count_text", n.to_string().as_str().into()),
                ("list", "–".into()),
            ],
        )
    };
    assert_eq!(size(Lang::De, 0), "Noch keine Ideen im Portfolio");
    assert_eq!(size(Lang::De, 1), "Eine Idee im Portfolio, nach Status: –");
    assert_eq!(size(Lang::De, 2), "2 Ideen im Portfolio, nach Status: –");
    assert_eq!(size(Lang::En, 0), "No ideas in the portfolio yet");
}
