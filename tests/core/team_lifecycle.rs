//! Core tests for the lifecycle of use cases: the transition table, reasons, owners, the
//! author's DM on a status change, and the re-assessment date.

use crate::corekit::team::*;
use crate::corekit::{self, START_MS, TEAM, backends, backends_with};
use lotse::bot::calendar::{format_date, months_later};
use lotse::ideas::api::{ALL_STATUSES, Status};

#[tokio::test]
async fn transition_table_is_enforced_for_every_pair() {
    // The ethics gates hold pilot and live back; here only the table is under test.
    for t in crate::corekit::backends_with(crate::corekit::settings_without_gates).await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        for from in ALL_STATUSES {
            for to in ALL_STATUSES {
                sqlx::query("UPDATE ideas SET status = $1 WHERE id = 1")
                    .bind(from.as_str())
                    .execute(t.store().pool())
                    .await
                    .unwrap();
                let reply = one(&t, TEAM, &format!("!status #1 {} Begründung", to.as_str())).await;
                let (status,): (String,) = sqlx::query_as("SELECT status FROM ideas WHERE id = 1")
                    .fetch_one(t.store().pool())
                    .await
                    .unwrap();
                if from.may_become(to) {
                    assert_eq!(status, to.as_str(), "{from:?} -> {to:?}: {reply}");
                    assert!(reply.contains("ist jetzt"), "{reply}");
                } else {
                    assert_eq!(status, from.as_str(), "{from:?} -> {to:?} refused: {reply}");
                    assert!(
                        reply.contains("kann nicht") || reply.contains("bereits"),
                        "{from:?} -> {to:?}: {reply}"
                    );
                }
            }
        }
        // Spot checks of the table itself.
        assert!(Status::Submitted.may_become(Status::InReview));
        assert!(!Status::Submitted.may_become(Status::Live));
        assert!(!Status::Rejected.may_become(Status::Prioritised));
    }
}

#[tokio::test]
async fn status_change_tells_the_author_in_a_dm_and_needs_reasons_and_owners() {
    for t in backends().await {
        one(&t, ANNA, "!idee Anträge vorsortieren").await;
        let out = send(&t, TEAM, "!status #1 in-prüfung").await;
        let dms = dms_to(&out, ANNA);
        assert_eq!(dms.len(), 1, "{out:?}");
        assert!(
            dms[0].body.contains("#1") && dms[0].body.contains("in Prüfung"),
            "{}",
            dms[0].body
        );
        assert!(dms[0].thread_root.is_none() && dms[0].in_reply_to.is_none());
        assert!(out[0].body.contains("im Direktchat"), "{}", out[0].body);

        let reply = one(&t, TEAM, "!status #1 abgelehnt").await;
        assert!(reply.contains("Begründung"), "{reply}");
        let reply = one(&t, TEAM, "!status #1 priorisiert").await;
        assert!(reply.contains("!verantwortlich #1"), "{reply}");
        assert!(one(&t, TEAM, "!status #1 vielleicht").await.contains("„vielleicht“"));
        assert!(one(&t, TEAM, "!status #1 in Prüfung").await.contains("bereits"));

        one(&t, ANNA, "!sprache en").await;
        let out = send(&t, TEAM, "!status #1 zurückgestellt Haushalt 2027 abwarten").await;
        let dms = dms_to(&out, ANNA);
        assert_eq!(dms.len(), 1);
        assert!(
            dms[0].body.contains("deferred") && dms[0].body.contains("Reason: Haushalt 2027 abwarten"),
            "the DM is in the author's language: {}",
            dms[0].body
        );
        let (reason,): (Option<String>,) = sqlx::query_as("SELECT status_reason FROM ideas WHERE id = 1")
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(reason.as_deref(), Some("Haushalt 2027 abwarten"));
        // The reason is shown to the team, not to everyone.
        assert!(one(&t, TEAM, "!idee #1").await.contains("Haushalt 2027"));
        assert!(!one(&t, BEN, "!idee #1").await.contains("Haushalt 2027"));

        // A team member changing their own idea gets no DM.
        one(&t, TEAM, "!idee Eigene Idee").await;
        let out = send(&t, TEAM, "!status #2 in-pruefung").await;
        assert!(dms_to(&out, TEAM).is_empty(), "{out:?}");
        // Withdrawn ideas are out of reach.
        one(&t, ANNA, "!idee Zurückgezogen").await;
        one(&t, ANNA, "!zurückziehen #3").await;
        let reply = one(&t, TEAM, "!status #3 in-pruefung").await;
        assert!(
            reply.contains("zurückgezogen und kann nicht mehr bearbeitet"),
            "{reply}"
        );
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'status'").await,
            3
        );
    }
}

#[tokio::test]
async fn owner_is_set_shown_and_required_for_active_use_cases() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        assert!(one(&t, TEAM, "!verantwortlich #1").await.contains("noch niemand"));
        let reply = one(&t, TEAM, "!verantwortlich #1 Ben Beispiel").await;
        assert!(
            reply.contains("Ich weiß nicht, wen Sie mit „Ben Beispiel“ meinen"),
            "{reply}"
        );
        let out = send(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        assert!(out[0].body.contains("@ben:example.org"), "{}", out[0].body);
        assert_eq!(dms_to(&out, BEN).len(), 1, "the new owner is told");
        assert!(
            one(&t, ANNA, "!idee #1")
                .await
                .contains("Verantwortlich: @ben:example.org")
        );
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #1 priorisiert").await;
        assert!(one(&t, TEAM, "!verantwortlich #1 -").await.contains("braucht deshalb"));
        let portfolio = one(&t, TEAM, "!portfolio").await;
        assert!(portfolio.contains("verantwortlich: @ben:example.org"), "{portfolio}");
        let audit: Vec<(String, String, String, String, i64)> =
            sqlx::query_as("SELECT actor, action, record_kind, record_ref, created_at FROM audit_log ORDER BY id")
                .fetch_all(t.store().pool())
                .await
                .unwrap();
        assert_eq!(audit.len(), 3, "{audit:?}");
        assert_eq!(
            audit[0],
            (TEAM.into(), "owner".into(), "idea".into(), "1".into(), START_MS)
        );
    }
}

#[tokio::test]
async fn reassessment_date_is_set_on_entering_active_statuses_and_reset_by_scores_and_neubewertet() {
    // The ethics gates would hold pilot back; here only the re-assessment cycle is under test.
    for t in crate::corekit::backends_with(crate::corekit::settings_without_gates).await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        one(&t, TEAM, "!status #1 in-pruefung").await;
        assert_eq!(next_reassessment(&t, 1).await, None);
        assert!(
            one(&t, TEAM, "!neubewertet #1")
                .await
                .contains("Neu bewertet werden nur")
        );

        let reply = one(&t, TEAM, "!status #1 priorisiert").await;
        let due = months_later(START_MS, 6, BERLIN);
        assert_eq!(next_reassessment(&t, 1).await, Some(due));
        let date = format_date(due, BERLIN);
        assert_eq!(date, "21.03.2027");
        assert!(reply.contains("Nächste Neubewertung: 21.03.2027"), "{reply}");
        assert!(one(&t, TEAM, "!idee #1").await.contains("21.03.2027"));
        assert!(one(&t, TEAM, "!portfolio").await.contains("Neubewertung 21.03.2027"));
        assert!(one(&t, TEAM, "!neubewertung").await.contains("Keine Neubewertung"));

        // Ten days before the date it is due; after the date it is overdue.
        t.clock.advance_ms(due - START_MS - 10 * DAY_MS);
        let list = one(&t, TEAM, "!neubewertung").await;
        assert!(
            list.contains("#1 Chatbot") && list.contains("fällig am 21.03.2027"),
            "{list}"
        );
        t.clock.advance_ms(11 * DAY_MS);
        let list = one(&t, TEAM, "!neubewertung").await;
        assert!(
            list.contains("überfällig seit 21.03.2027") && list.contains("@ben:example.org"),
            "{list}"
        );

        // A new score restarts the cycle from now.
        use lotse::clock::Clock;
        let now = t.clock.now_ms();
        let reply = one(&t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        assert!(reply.contains("22.09.2027"), "{reply}");
        assert!(one(&t, TEAM, "!neubewertung").await.contains("Keine Neubewertung"));

        // So does !neubewertet, with its note in the audit log.
        t.clock.advance_ms(30 * DAY_MS);
        let now = t.clock.now_ms();
        let reply = one(&t, TEAM, "!neubewertet #1 Nutzen bestätigt").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        assert!(reply.contains("21.10.2027"), "{reply}");
        assert_eq!(
            t.count("SELECT COUNT(*) FROM audit_log WHERE action = 'reassessed' AND detail = 'Nutzen bestätigt'")
                .await,
            1
        );

        // Entering pilot starts a new cycle; leaving the active statuses ends it.
        one(&t, TEAM, "!status #1 pilot").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(now, 6, BERLIN)));
        one(&t, TEAM, "!status #1 zurueckgestellt Pause").await;
        assert_eq!(next_reassessment(&t, 1).await, None);
    }
}

#[tokio::test]
async fn reassessment_period_is_configurable() {
    let three_months = || {
        let mut settings = corekit::settings();
        settings.set_feature(lotse::team::ScoringSettings {
            reassessment_months: 3,
            ..Default::default()
        });
        settings
    };
    for t in backends_with(three_months).await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, TEAM, "!verantwortlich #1 @ben:example.org").await;
        one(&t, TEAM, "!status #1 in-pruefung").await;
        one(&t, TEAM, "!status #1 priorisiert").await;
        assert_eq!(next_reassessment(&t, 1).await, Some(months_later(START_MS, 3, BERLIN)));
    }
}

/// Statuses are shown by their names, never by their input spellings, and those names work as
/// input: "in Prüfung" in German, "under review" in English (issue 19).
#[tokio::test]
async fn statuses_are_shown_by_name_and_the_names_are_accepted() {
    for t in backends().await {
        one(&t, ANNA, "!idee Chatbot").await;
        one(&t, ANNA, "!idee Terminbuchung").await;
        let current = one(&t, TEAM, "!status #1").await;
        assert_eq!(
            current,
            "Idee #1 ist eingereicht. Als Nächstes möglich: in Prüfung, zurückgestellt oder abgelehnt. \
             Zum Beispiel: !status #1 in Prüfung"
        );
        let refused = one(&t, TEAM, "!status #1 im Betrieb").await;
        assert!(
            refused.contains("Von „eingereicht“ aus möglich: in Prüfung, zurückgestellt oder abgelehnt."),
            "{refused}"
        );
        let unknown = one(&t, TEAM, "!status #1 vielleicht").await;
        assert!(
            unknown.contains(
                "Möglich sind: eingereicht, in Prüfung, priorisiert, Pilot, im Betrieb, zurückgestellt oder abgelehnt."
            ),
            "{unknown}"
        );
        let reason = one(&t, TEAM, "!status #1 zurückgestellt").await;
        assert!(reason.contains("!status #1 zurückgestellt Datenlage"), "{reason}");
        for text in [&current, &refused, &unknown, &reason] {
            for internal in ["in-pruefung", "zurueckgestellt", "im-betrieb"] {
                assert!(!text.contains(internal), "{internal} in {text}");
            }
        }
        assert!(
            one(&t, TEAM, "!status #1 in Prüfung")
                .await
                .contains("ist jetzt in Prüfung")
        );
        // The English name as the bot shows it is read as well.
        one(&t, TEAM, "!sprache en").await;
        let label = lotse::bot::i18n::t(lotse::bot::i18n::Lang::En, "status-in-pruefung", &[]);
        let english = one(&t, TEAM, &format!("!status #2 {label}")).await;
        assert!(english.contains(&format!("is now {label}")), "{english}");
        let portfolio = one(&t, TEAM, &format!("!portfolio {label}")).await;
        assert!(portfolio.contains("#1") && portfolio.contains("#2"), "{portfolio}");
    }
}
