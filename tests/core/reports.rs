//! Reports and exports on a seeded data set, on SQLite and PostgreSQL: the figures of `!bericht`
//! and its PNG charts, the XLSX read back with calamine (sheets, headers, types, frozen header,
//! autofilter), the CSV parsed back, a formula in a title kept as text, the same figures in the
//! key-figures sheet and in the export, the refusal outside the strategy room and DMs, the
//! upload-limit message, and the command line.

use crate::corekit::team::{ANNA, BEN, FULL_SCORE, send};
use crate::corekit::{ROOM, STRATEGY_ROOM, TEAM, TestBot, backends};
use calamine::{Data, DataType, Reader, Xlsx};
use lotse::bot::types::{Attachment, Outbound};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

const CARLA: &str = "@carla:example.org";
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
const HYPERLINK: &str = "=HYPERLINK(\"http://evil.example/\",\"Klick\")";
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Three ideas (one titled like a formula), supports, two decisions, a score, a named and an
/// anonymous concern (one answered), a round table with a named and an anonymous contribution,
/// and a training with one seat: Anna attends, Ben waits. The clock ends on 13.03.2027.
async fn seed(t: &TestBot) {
    for (user, department) in [(ANNA, "Bürgerservice"), (BEN, "Bauamt"), (CARLA, "Bürgerservice")] {
        t.say(user, &format!("!fachbereich {department}")).await;
    }
    t.say(ANNA, "!idee Chatbot für Terminfragen").await;
    t.say(BEN, &format!("!idee {HYPERLINK}")).await;
    t.say(ANNA, "!idee Protokolle zusammenfassen").await;
    for (user, id) in [(BEN, 1), (CARLA, 1), (ANNA, 2)] {
        t.say(user, &format!("!unterstütze #{id}")).await;
    }
    t.clock.advance_ms(2 * DAY_MS);
    send(t, TEAM, "!status #1 in-pruefung").await;
    t.clock.advance_ms(2 * DAY_MS);
    send(t, TEAM, "!status #2 in-pruefung").await;
    send(t, TEAM, &format!("!bewerte #1 {FULL_SCORE}")).await;

    t.say(ANNA, "!bedenken Datenschutz: Werden Chats gespeichert?").await;
    t.dm(CARLA, "!bedenken anonym verantwortung: Wer haftet, wenn die KI irrt?")
        .await;
    t.clock.advance_ms(DAY_MS);
    send(t, TEAM, "!bedenken antworten #1 Die Daten bleiben im Rechenzentrum.").await;

    send(t, TEAM, "!rundtisch start KI im Bürgerservice").await;
    t.event(t.message(ANNA, ROOM, false, "Ein Chatbot wäre gut.")).await;
    t.dm(BEN, "!feedback anonym Ich habe Sorge um meine Stelle.").await;
    t.event(t.message(CARLA, ROOM, false, "Und wer schult uns?")).await;
    send(t, TEAM, "!rundtisch ende").await;

    send(
        t,
        TEAM,
        "!schulung neu Grundlagen KI | grundlagen | 12.03.2027 14:00 | 1,5 h | Raum 1.23 | 1",
    )
    .await;
    t.say(ANNA, "!anmelden #1").await;
    t.say(BEN, "!anmelden #1").await;
    let march_13 = 1_804_935_600_000; // 13.03.2027 12:00 in Berlin
    t.clock
        .advance_ms(march_13 - lotse::clock::Clock::now_ms(t.clock.as_ref()));
    send(t, TEAM, "!teilnahme #1 alle").await;
}

/// `body` from the team member in the strategy room: the reply text and the files.
async fn in_strategy_room(t: &TestBot, body: &str) -> (String, Vec<Attachment>) {
    let out = t.event(t.message(TEAM, STRATEGY_ROOM, false, body)).await;
    split(out)
}

fn split(out: Vec<Outbound>) -> (String, Vec<Attachment>) {
    let text = out
        .iter()
        .filter(|m| m.attachment.is_none())
        .map(|m| m.body.clone())
        .collect::<Vec<_>>()
        .join("\n");
    (text, out.into_iter().filter_map(|m| m.attachment).collect())
}

fn workbook(file: &Attachment) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(file.bytes.clone())).expect("the XLSX opens")
}

/// Every sheet as rows of cells.
fn sheets(file: &Attachment) -> BTreeMap<String, Vec<Vec<Data>>> {
    let mut book = workbook(file);
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("sheet reads");
            (name, range.rows().map(<[Data]>::to_vec).collect())
        })
        .collect()
}

/// The text of one file inside the XLSX (a zip archive).
fn xlsx_part(file: &Attachment, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(file.bytes.clone())).expect("an XLSX is a zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the XLSX"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn column(rows: &[Vec<Data>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| h == &Data::String(header.into()))
        .unwrap_or_else(|| panic!("column {header:?} in {:?}", rows[0]))
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The PNG's width, height and how many of its pixels are not white.
fn decoded(png_bytes: &[u8]) -> (u32, u32, usize) {
    let decoder = png::Decoder::new(Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("buffer size")];
    let info = reader.next_frame(&mut pixels).expect("one frame");
    let inked = pixels[..info.buffer_size()]
        .chunks(3)
        .filter(|p| p.iter().any(|c| *c < 250))
        .count();
    (info.width, info.height, inked)
}

#[tokio::test]
async fn the_report_shows_the_key_figures_of_the_period_and_three_charts() {
    for t in backends().await {
        seed(&t).await;
        let (report, charts) = in_strategy_room(&t, "!bericht 2026").await;
        let b = t.backend;
        for expected in [
            "Bericht: 2026 (01.01.2026 bis 31.12.2026; Stand 13.03.2027 12:00)",
            "• Eingereicht: 3 im Zeitraum, 3 insgesamt",
            "• Nach Status: eingereicht 1 · in Prüfung 2",
            "• Nach Fachbereich: Bürgerservice 2 · Bauamt 1",
            "• Unterstützungen im Zeitraum: 3",
            "• Bis zur ersten Entscheidung des Strategieteams: im Median 3 Tage (bei 2 entschiedenen Ideen)",
            "• Am meisten unterstützt (Ideen aus dem Zeitraum): #1 „Chatbot für Terminfragen“ (2 Unterstützungen) · ",
            "• 3 Ideen im Portfolio, nach Status: eingereicht 1 · in Prüfung 2",
            "• Bewertet: 1 von 3",
            "• 2 Bedenken im Zeitraum, davon beantwortet: 1 (50 %)",
            "• Datenschutz: 1 (50 % aller Bedenken; eGovernment MONITOR 2024: 33 %) · beantwortet: 1 von 1, im Median nach einem Tag",
            "• Verantwortung: 1 (50 % aller Bedenken; eGovernment MONITOR 2024: 45 %) · beantwortet: 0 von 1",
            "• Ein Rundtisch mit 3 Rückmeldungen (anonym: 33 %); 2 Personen haben sich mit Namen beteiligt",
            // The training lies in 2027.
            "• Keine Schulung im Zeitraum: 0 angemeldet, 0 auf der Warteliste",
            "• Teilnahme: Im Zeitraum hat noch keine Schulung mit Anmeldungen begonnen.",
        ] {
            assert!(report.contains(expected), "{b}: {expected:?} in\n{report}");
        }
        assert!(
            report.contains("Bürgerservice 1 von 2 (50 %) · Bauamt 0 von 1 (0 %)"),
            "{b}: {report}"
        );
        assert!(
            report.contains("Auffrischungen fällig (Stand heute): 0"),
            "{b}: {report}"
        );
        assert!(
            !report.contains("@carla"),
            "an anonymous concern names nobody: {report}"
        );
        // Re-assessments are counted in the database: one overdue, one within the notice period,
        // one later.
        let now = t.bot.now_ms();
        for (id, at) in [(1, now - DAY_MS), (2, now + 5 * DAY_MS), (3, now + 400 * DAY_MS)] {
            sqlx::query("UPDATE ideas SET next_reassessment_at = $1 WHERE id = $2")
                .bind(at)
                .bind(id)
                .execute(t.store().pool())
                .await
                .unwrap();
        }
        let (again, _) = in_strategy_room(&t, "!bericht 2026").await;
        assert!(
            again.contains("Neubewertungen: 1 in den nächsten 14 Tagen fällig, 1 überfällig"),
            "{b}: {again}"
        );

        let names: Vec<&str> = charts.iter().map(|c| c.filename.as_str()).collect();
        assert_eq!(
            names,
            [
                "ideen-nach-status.png",
                "bedenken-nach-kategorie.png",
                "ki-kompetenz-nach-fachbereich.png"
            ],
            "{b}"
        );
        for chart in &charts {
            assert_eq!(chart.mime, "image/png");
            assert_eq!(chart.image_size, Some((960, 540)));
            let (width, height, inked) = decoded(&chart.bytes);
            assert_eq!((width, height), (960, 540), "{}", chart.filename);
            assert!(inked > 5_000, "{} is not blank: {inked} inked pixels", chart.filename);
            assert!(chart.caption.as_deref().is_some_and(|c| c.starts_with("Diagramm")));
        }
        assert_eq!(
            charts[0].caption.as_deref(),
            Some("Diagramm „Ideen nach Status“: eingereicht 1 · in Prüfung 2.")
        );
        assert!(
            charts[1]
                .caption
                .as_deref()
                .unwrap()
                .contains("Verantwortung 50 % (MONITOR 45 %)"),
            "{:?}",
            charts[1].caption
        );

        // The training of 2027, with its attendance; the ideas of 2026 are not in that period.
        let (later, _) = in_strategy_room(&t, "!bericht 2027").await;
        assert!(
            later.contains("• Eingereicht: 0 im Zeitraum, 3 insgesamt"),
            "{b}: {later}"
        );
        assert!(
            later.contains("• Eine Schulung im Zeitraum: 1 angemeldet, 1 auf der Warteliste"),
            "{b}: {later}"
        );
        assert!(
            later.contains("Teilnahme an den bereits begonnenen Schulungen: 1 von einer angemeldeten Person (100 %)"),
            "{b}: {later}"
        );
        let (quarter, _) = in_strategy_room(&t, "!bericht Q1 2027").await;
        assert!(
            quarter.contains("Bericht: 1. Quartal 2027 (01.01.2027 bis 31.03.2027"),
            "{quarter}"
        );
        let (days, _) = in_strategy_room(&t, "!bericht 30 Tage").await;
        assert!(
            days.contains("Bericht: letzte 30 Tage (11.02.2027 bis 13.03.2027"),
            "{days}"
        );
        let (unknown, files) = in_strategy_room(&t, "!bericht nächste Woche").await;
        assert!(unknown.contains("kann ich nicht als Zeitraum lesen"), "{unknown}");
        assert!(files.is_empty());
    }
}

#[tokio::test]
async fn the_ideas_export_reads_back_from_xlsx_with_real_types_and_a_formula_kept_as_text() {
    for t in backends().await {
        seed(&t).await;
        let (reply, files) = in_strategy_room(&t, "!export ideen").await;
        assert!(
            reply.contains("Export „ideen“ als XLSX: eine Tabelle mit 3 Zeilen"),
            "{reply}"
        );
        assert_eq!(files.len(), 1);
        let file = &files[0];
        assert_eq!(file.mime, XLSX_MIME);
        assert_eq!(file.filename, "lotse-ideen-2027-03-13.xlsx");

        let sheets = sheets(file);
        assert_eq!(sheets.keys().collect::<Vec<_>>(), ["Ideen"]);
        let rows = &sheets["Ideen"];
        assert_eq!(rows.len(), 4, "header and three ideas");
        assert_eq!(
            rows[0].iter().map(text).collect::<Vec<_>>(),
            [
                "Nr.",
                "Titel",
                "Beschreibung",
                "Nutzen",
                "Fachbereich",
                "Status",
                "Eingereicht von",
                "Verantwortlich",
                "Eingereicht am",
                "Zuletzt geändert",
                "Unterstützungen",
                "Kommentare"
            ]
        );
        let first = &rows[1];
        assert_eq!(first[0], Data::Float(1.0), "numbers are numbers");
        assert_eq!(text(&first[1]), "Chatbot für Terminfragen");
        assert_eq!(text(&first[4]), "Bürgerservice");
        assert_eq!(text(&first[5]), "in Prüfung");
        assert_eq!(text(&first[6]), ANNA);
        assert_eq!(first[column(rows, "Unterstützungen")], Data::Float(2.0));
        let Data::DateTime(submitted) = &first[column(rows, "Eingereicht am")] else {
            panic!("a date is a date: {:?}", first[8]);
        };
        // 1_790_000_000_000 ms is 21.09.2026 16:13:20 in Berlin (UTC+2), written as local time.
        assert_eq!(
            submitted.as_datetime().unwrap().format("%d.%m.%Y %H:%M").to_string(),
            "21.09.2026 16:13"
        );

        // The title that looks like a formula is text, and the workbook has no formula at all.
        assert_eq!(text(&rows[2][1]), HYPERLINK);
        let formulas = workbook(file).worksheet_formula("Ideen").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no formulas");
        let sheet_xml = xlsx_part(file, "xl/worksheets/sheet1.xml");
        assert!(sheet_xml.contains(r#"state="frozen""#), "header row frozen");
        assert!(sheet_xml.contains(r#"<autoFilter ref="A1:L4"/>"#), "{sheet_xml}");
        assert!(sheet_xml.contains("<cols>"), "column widths are set");
        let styles = xlsx_part(file, "xl/styles.xml");
        assert!(styles.contains("<b/>"), "the header is bold");
        assert!(
            styles.contains(r#"quotePrefix="1""#),
            "the formula-like title is quoted"
        );
        assert!(styles.contains("dd.mm.yyyy"), "dates are formatted as dates");
    }
}

#[tokio::test]
async fn the_whole_export_has_a_sheet_per_table_and_the_reports_figures() {
    for t in backends().await {
        seed(&t).await;
        let (reply, files) = in_strategy_room(&t, "!export alles xlsx").await;
        assert!(reply.contains("10 Tabellen"), "{reply}");
        let book = sheets(&files[0]);
        let mut names: Vec<&String> = book.keys().collect();
        names.sort();
        assert_eq!(
            names,
            [
                "Audit",
                "Bedenken",
                "Ethik",
                "Ideen",
                "KI-Bestand",
                "KI-Kompetenz",
                "Kennzahlen",
                "Portfolio",
                "Rundtische",
                "Schulungen"
            ]
        );
        let figure = |name: &str| {
            book["Kennzahlen"]
                .iter()
                .find(|row| text(&row[1]) == name)
                .map(|row| row[2].clone())
                .unwrap_or_else(|| panic!("key figure {name:?} in {:?}", book["Kennzahlen"]))
        };
        // The same numbers in the key figures and in the tables they summarise.
        let ideas = &book["Ideen"];
        let in_review = ideas.iter().filter(|r| text(&r[5]) == "in Prüfung").count();
        assert_eq!(
            figure("Ideen des Zeitraums nach Status: in Prüfung"),
            Data::Float(in_review as f64)
        );
        assert_eq!(
            figure("Ideen eingereicht im Zeitraum"),
            Data::Float((ideas.len() - 1) as f64)
        );
        assert_eq!(figure("Tage bis zur ersten Entscheidung (Median)"), Data::Float(3.0));
        assert_eq!(figure("Teilnahmequote"), Data::Float(1.0));
        assert_eq!(figure("Bedenken: Datenschutz"), Data::Float(1.0));

        let portfolio = &book["Portfolio"];
        let first = &portfolio[1];
        assert_eq!(first[1], Data::Float(1.0), "the scored idea ranks first");
        let criteria: Vec<f64> = first[7..13].iter().map(|c| c.get_float().unwrap()).collect();
        assert_eq!(criteria, [4.0, 3.0, 5.0, 2.0, 4.0, 5.0], "the score per criterion");
        let weighted = first[column(portfolio, "Gewichteter Gesamtwert")].get_float().unwrap();
        assert!((1.0..=5.0).contains(&weighted), "{weighted}");
        assert_eq!(portfolio[2][13], Data::Empty, "an unscored idea has no score");

        let concerns = &book["Bedenken"];
        let anonymous = concerns
            .iter()
            .find(|r| text(&r[4]) == "ja")
            .expect("the anonymous concern");
        assert_eq!(anonymous[5], Data::Empty, "no author for an anonymous concern");
        assert!(matches!(anonymous[6], Data::DateTime(_)), "its day");
        // The anonymous contribution comes last on its topic: between the named ones, whose
        // times are shown, its place would tell when it was written.
        let rundtische = &book["Rundtische"];
        assert_eq!(rundtische.len(), 4);
        let authors: Vec<String> = rundtische[1..].iter().map(|r| text(&r[6])).collect();
        assert_eq!(authors, [ANNA.to_string(), CARLA.to_string(), String::new()]);
        assert_eq!(text(&rundtische[3][5]), "ja");
        let trainings = &book["Schulungen"];
        let states: Vec<(String, String, String)> = trainings[1..]
            .iter()
            .map(|r| (text(&r[8]), text(&r[9]), text(&r[11])))
            .collect();
        assert_eq!(
            states,
            [
                (ANNA.to_string(), "angemeldet".to_string(), "ja".to_string()),
                (BEN.to_string(), "Warteliste".to_string(), "nein".to_string())
            ]
        );
        let literacy = &book["KI-Kompetenz"];
        assert_eq!(text(&literacy[1][0]), ANNA);
        assert_eq!(text(&literacy[1][5]), "ja");
        let audit = &book["Audit"];
        assert!(audit.iter().any(|r| text(&r[3]) == "status" && text(&r[2]) == TEAM));
    }
}

#[tokio::test]
async fn csv_is_what_german_excel_expects() {
    for t in backends().await {
        seed(&t).await;
        let (_, files) = in_strategy_room(&t, "!export ideen csv").await;
        assert_eq!(files.len(), 1);
        let file = &files[0];
        assert_eq!(
            (file.mime.as_str(), file.filename.as_str()),
            ("text/csv", "lotse-ideen-2027-03-13.csv")
        );
        assert!(file.bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
        let content = std::str::from_utf8(&file.bytes[3..]).unwrap();
        assert!(content.starts_with("Nr.;Titel;Beschreibung;"), "{content}");
        assert_eq!(content.matches("\r\n").count(), 4, "CRLF after each of four lines");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(content.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][1], "Chatbot für Terminfragen");
        assert_eq!(&rows[0][8], "21.09.2026 16:13");
        assert_eq!(&rows[0][10], "2");
        assert_eq!(&rows[1][1], format!("'{HYPERLINK}"), "a formula is neutralised");

        let (reply, every) = in_strategy_room(&t, "!export alles csv").await;
        assert!(reply.contains("10 Tabellen"), "{reply}");
        assert_eq!(every.len(), 10, "one file per table");
        assert!(every.iter().any(|f| f.filename == "lotse-kennzahlen-2027-03-13.csv"));
    }
}

#[tokio::test]
async fn reports_and_exports_stay_in_the_strategy_room_and_direct_chats() {
    for t in backends().await {
        seed(&t).await;
        for command in ["!export ideen", "!bericht"] {
            let (refused, files) = split(send(&t, TEAM, command).await);
            assert!(refused.contains("nicht jeder Raum sehen soll"), "{command}: {refused}");
            assert!(files.is_empty(), "{command} shows nothing in a department room");
        }
        let employee = t.dm(ANNA, "!export ideen").await;
        assert!(employee[0].contains("Strategieteam vorbehalten"), "{employee:?}");
        let out = t.dm_messages(TEAM, "!export portfolio csv").await;
        assert_eq!(out.iter().filter(|m| m.attachment.is_some()).count(), 1, "a DM is fine");
        let (usage, _) = in_strategy_room(&t, "!export kaffee").await;
        assert!(usage.contains("ideen, portfolio, rundtische, bedenken"), "{usage}");
        let (usage, _) = in_strategy_room(&t, "!export ideen pdf").await;
        assert!(usage.contains("xlsx (Excel, Standard) oder csv"), "{usage}");
    }
}

#[tokio::test]
async fn a_file_over_the_upload_limit_is_not_sent_and_the_reply_names_the_command_line() {
    for t in backends().await {
        seed(&t).await;
        t.bot.set_upload_limit(1_000);
        let (reply, files) = in_strategy_room(&t, "!export alles").await;
        assert!(files.is_empty());
        assert!(reply.contains("höchstens 1 KB an"), "{reply}");
        t.bot.set_upload_limit(100);
        let (csv_reply, _) = in_strategy_room(&t, "!export alles csv").await;
        assert!(csv_reply.contains("--format csv --out lotse-alles/"), "{csv_reply}");
        assert!(
            reply.contains("lotse export --what alles --format xlsx --out lotse-alles-2027-03-13.xlsx"),
            "{reply}"
        );
        t.bot.set_upload_limit(50_000_000);
        let (_, files) = in_strategy_room(&t, "!export alles").await;
        assert_eq!(files.len(), 1);
    }
}

#[tokio::test]
async fn the_command_line_writes_the_same_export_and_report() {
    use lotse::clock::Clock;
    for t in backends().await {
        seed(&t).await;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("ideen.csv");
        let settings = crate::corekit::settings();
        let now = t.clock.now_ms();
        let said = lotse::reports::cli::export(t.store(), &settings, "ideen", "csv", &out, now)
            .await
            .unwrap();
        assert!(said.contains("3 rows in 1 tables"), "{said}");
        let (_, chat) = in_strategy_room(&t, "!export ideen csv").await;
        assert_eq!(std::fs::read(&out).unwrap(), chat[0].bytes, "the same file");

        let every = dir.path().join("alles");
        lotse::reports::cli::export(t.store(), &settings, "alles", "csv", &every, now)
            .await
            .unwrap();
        assert_eq!(std::fs::read_dir(&every).unwrap().count(), 10);
        let error = lotse::reports::cli::export(t.store(), &settings, "kaffee", "xlsx", &out, now)
            .await
            .unwrap_err();
        assert!(error.to_string().contains("ideen, portfolio"), "{error}");

        let charts = dir.path().join("charts");
        let text = lotse::reports::cli::report(t.store(), &settings, "2026", Some(&charts), now)
            .await
            .unwrap();
        let (chat, images) = in_strategy_room(&t, "!bericht 2026").await;
        assert_eq!(text, chat, "the same report");
        assert_eq!(std::fs::read_dir(&charts).unwrap().count(), images.len());
    }
}

#[tokio::test]
async fn a_file_the_homeserver_refuses_is_replaced_by_a_notice() {
    for t in backends().await {
        seed(&t).await;
        t.deliver_everything().await;
        in_strategy_room(&t, "!export ideen").await;
        let pending = t.store().outbox_pending(100).await.unwrap();
        let file = pending
            .iter()
            .find(|p| p.message.attachment.is_some())
            .expect("the file");
        let before = t.max_outbox_id().await;
        t.bot.file_refused(file).await.unwrap();
        let notice = t.outbox_after(before).await;
        assert_eq!(notice.len(), 1);
        assert_eq!(notice[0].destination, file.message.destination);
        assert!(notice[0].attachment.is_none());
        assert!(
            notice[0]
                .body
                .starts_with("Die Datei „lotse-ideen-2027-03-13.xlsx“ konnte ich nicht senden"),
            "{}",
            notice[0].body
        );
    }
}

/// The report's tallies (migration 0020) against the rows they count: ideas by week, status
/// and Fachbereich; ideas by status; supports by week; each idea's first status decision.
/// Zero when every tally is in step.
const TALLIES_OUT_OF_STEP: &str = "SELECT \
    (SELECT COUNT(*) FROM idea_tallies t WHERE t.tally <> (SELECT COUNT(*) FROM ideas i \
        WHERE i.created_at / 604800000 = t.week AND i.status = t.status AND i.department = t.department)) \
  + (SELECT COUNT(*) FROM ideas i WHERE NOT EXISTS (SELECT 1 FROM idea_tallies t \
        WHERE t.week = i.created_at / 604800000 AND t.status = i.status AND t.department = i.department)) \
  + (SELECT COUNT(*) FROM idea_status_tallies t WHERE t.tally <> (SELECT COUNT(*) FROM ideas i WHERE i.status = t.status)) \
  + (SELECT COUNT(*) FROM ideas i WHERE NOT EXISTS (SELECT 1 FROM idea_status_tallies t WHERE t.status = i.status)) \
  + (SELECT COUNT(*) FROM support_tallies t WHERE t.tally <> (SELECT COUNT(*) FROM idea_supporters s \
        WHERE s.created_at / 604800000 = t.week)) \
  + (SELECT COUNT(*) FROM idea_supporters s WHERE NOT EXISTS (SELECT 1 FROM support_tallies t \
        WHERE t.week = s.created_at / 604800000)) \
  + (SELECT COUNT(*) FROM ideas i WHERE COALESCE(i.first_decided_at, -1) <> COALESCE((SELECT MIN(a.created_at) \
        FROM audit_log a WHERE a.record_kind = 'idea' AND a.record_ref = CAST(i.id AS TEXT) AND a.action = 'status'), -1))";

/// Ideas by status and Fachbereich with `created_at` in `[from, until)`, counted from the rows.
async fn counted_from_rows(t: &TestBot, from: Option<i64>, until: i64) -> Vec<(String, String, i64)> {
    let mut rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT status, department, COUNT(*) FROM ideas WHERE created_at >= $1 AND created_at < $2 \
         GROUP BY status, department",
    )
    .bind(from.unwrap_or(i64::MIN))
    .bind(until)
    .fetch_all(t.store().pool())
    .await
    .unwrap();
    rows.sort();
    rows
}

#[tokio::test]
async fn the_reports_tallies_count_what_the_rows_hold_over_any_period() {
    use lotse::ideas::api::{IDEAS, SUPPORTS};
    use lotse::store::tallies::WEEK_MS;
    assert_eq!(
        WEEK_MS, 604_800_000,
        "the week of TALLIES_OUT_OF_STEP and of migration 0020"
    );
    for t in backends().await {
        let people = [ANNA, BEN, CARLA];
        // Ben's Fachbereich names Carla: her erasure rewrites it in his ideas, and the tallies follow.
        let departments = ["Bürgerservice", "Bauamt, Vertretung @carla:example.org", "Personal"];
        for (user, department) in people.iter().zip(departments) {
            t.say(user, &format!("!fachbereich {department}")).await;
        }
        let start = lotse::clock::Clock::now_ms(t.clock.as_ref());
        // Seven weeks at uneven steps: ideas, supports, the team's decisions, withdrawals.
        for step in 1..=40i64 {
            t.clock.advance_ms(29 * 60 * 60 * 1000 + step * 7 * 60 * 1000);
            let author = people[step as usize % 3];
            t.say(author, &format!("!idee Vorschlag {step}")).await;
            if step > 1 {
                let supporter = people[(step as usize + 1) % 3];
                t.say(supporter, &format!("!unterstütze #{}", step - 1)).await;
            }
            if step % 4 == 0 {
                send(&t, TEAM, &format!("!status #{} in-pruefung", step - 2)).await;
            }
            if step % 8 == 0 {
                send(&t, TEAM, &format!("!status #{} priorisiert", step - 2)).await;
            }
            if step % 9 == 0 {
                t.say(author, &format!("!zurückziehen #{step}")).await;
            }
        }
        assert_eq!(t.count(TALLIES_OUT_OF_STEP).await, 0, "on {}", t.backend);
        assert!(
            t.count("SELECT COUNT(*) FROM ideas WHERE first_decided_at IS NOT NULL")
                .await
                >= 5
        );

        // An erasure removes Carla's ideas and supports, and the tallies with them.
        t.dm(CARLA, "!vergiss-mich").await;
        t.dm_messages(CARLA, "LÖSCHEN").await;
        assert!(
            t.count("SELECT COUNT(*) FROM ideas WHERE author = '@carla:example.org'")
                .await
                == 0
        );
        assert!(
            t.count("SELECT COUNT(*) FROM ideas WHERE department LIKE 'Bauamt, Vertretung%'")
                .await
                > 0
        );
        let naming = t.store().columns_containing("carla").await.unwrap();
        assert!(
            !naming.iter().any(|c| c.contains("tallies")),
            "{naming:?} on {}",
            t.backend
        );
        assert_eq!(
            t.count(TALLIES_OUT_OF_STEP).await,
            0,
            "after the erasure, on {}",
            t.backend
        );

        let now = lotse::clock::Clock::now_ms(t.clock.as_ref());
        let week = start.div_euclid(WEEK_MS) * WEEK_MS;
        let mut bounds = vec![
            None,
            Some(start - 1),
            Some(week),
            Some(week + WEEK_MS),
            Some(week + 3 * WEEK_MS + 12_345),
        ];
        bounds.extend((1..8).map(|k| Some(start + k * 5 * 24 * 60 * 60 * 1000 + k * 3_600_000)));
        for from in &bounds {
            for until in [
                week + 2 * WEEK_MS,
                week + 2 * WEEK_MS + 1,
                start + 9 * 24 * 60 * 60 * 1000,
                now,
                now + 1,
            ] {
                if from.is_some_and(|f| f >= until) {
                    continue;
                }
                let mut tallied: Vec<(String, String, i64)> =
                    sqlx::query_as(sqlx::AssertSqlSafe(IDEAS.counts_sql(*from, until)))
                        .fetch_all(t.store().pool())
                        .await
                        .unwrap();
                tallied.sort();
                assert_eq!(
                    tallied,
                    counted_from_rows(&t, *from, until).await,
                    "{from:?}..{until} on {}",
                    t.backend
                );
                let (supports,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(SUPPORTS.counts_sql(*from, until)))
                    .fetch_one(t.store().pool())
                    .await
                    .unwrap();
                let (expected,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM idea_supporters WHERE created_at >= $1 AND created_at < $2")
                        .bind(from.unwrap_or(i64::MIN))
                        .bind(until)
                        .fetch_one(t.store().pool())
                        .await
                        .unwrap();
                assert_eq!(supports, expected, "supports {from:?}..{until} on {}", t.backend);
            }
        }

        // And the report says so: the last 30 days, from their first midnight.
        let (text, _) = in_strategy_room(&t, "!bericht 30 Tage").await;
        let asked = lotse::reports::period::parse("30 Tage", now, chrono_tz::Europe::Berlin).unwrap();
        let sum = |counts: Vec<(String, String, i64)>| counts.iter().map(|(_, _, n)| n).sum::<i64>();
        let of_period = sum(counted_from_rows(&t, asked.period.from_ms, now).await);
        let all = sum(counted_from_rows(&t, None, now).await);
        assert!(of_period > 0 && of_period < all, "{of_period} of {all}");
        assert!(
            text.contains(&format!("Eingereicht: {of_period} im Zeitraum, {all} insgesamt")),
            "{of_period}/{all} on {}:\n{text}",
            t.backend
        );
        // Every supported idea has one support here: the newest of them comes first, as in `!ideen top`.
        let (newest,): (i64,) = sqlx::query_as("SELECT MAX(id) FROM ideas WHERE supporters > 0 AND status <> $1")
            .bind(lotse::ideas::api::WITHDRAWN)
            .fetch_one(t.store().pool())
            .await
            .unwrap();
        assert_eq!(t.count("SELECT MAX(supporters) FROM ideas").await, 1);
        assert!(
            text.contains(&format!("Am meisten unterstützt (Ideen aus dem Zeitraum): #{newest} ")),
            "#{newest} first on {}:\n{text}",
            t.backend
        );
    }
}

/// The report's line on the median days from submission to the first decision of the ideas
/// submitted in `[from, until)`, computed from the rows, and how many were decided.
async fn decision_line_from_rows(t: &TestBot, from: Option<i64>, until: i64) -> (String, usize) {
    let mut waits: Vec<i64> = sqlx::query_as::<_, (i64, i64)>(
        "SELECT created_at, first_decided_at FROM ideas \
         WHERE created_at >= $1 AND created_at < $2 AND first_decided_at IS NOT NULL",
    )
    .bind(from.unwrap_or(i64::MIN))
    .bind(until)
    .fetch_all(t.store().pool())
    .await
    .unwrap()
    .into_iter()
    .map(|(created, decided)| decided - created)
    .collect();
    waits.sort_unstable();
    let n = waits.len();
    if n == 0 {
        return ("Über die Ideen aus dem Zeitraum ist noch nicht entschieden.".into(), 0);
    }
    let middle = if n.is_multiple_of(2) {
        (waits[n / 2 - 1] + waits[n / 2]) as f64 / 2.0
    } else {
        waits[n / 2] as f64
    };
    let days = (middle / DAY_MS as f64 * 10.0).round() / 10.0;
    let shown = if days.fract() == 0.0 {
        format!("{days:.0}")
    } else {
        format!("{days:.1}").replace('.', ",")
    };
    let unit = if days == 1.0 { "Tag" } else { "Tage" };
    let decided = if n == 1 {
        "bei einer entschiedenen Idee".to_string()
    } else {
        format!("bei {n} entschiedenen Ideen")
    };
    (format!("im Median {shown} {unit} ({decided})"), n)
}

/// The median wait for the team's first decision, over periods holding no decided idea, one, and
/// even and odd numbers of them: the middle of the rows' waits, which lie whole days apart (so
/// the wrong neighbour would show in the rounded figure).
#[tokio::test]
async fn the_reports_median_wait_for_a_decision_is_the_middle_of_the_periods_waits() {
    for t in backends().await {
        // Six ideas a day apart; five decided after 20, 13, 8, 4 and 1 days, the sixth not.
        let decided_on_day = [(20, 1), (14, 2), (10, 3), (7, 4), (5, 5)];
        for day in 0..=20 {
            if day <= 5 {
                t.say(ANNA, &format!("!idee Vorschlag vom Tag {day}")).await;
            }
            if let Some((_, id)) = decided_on_day.iter().find(|(d, _)| *d == day) {
                send(&t, TEAM, &format!("!status #{id} in-pruefung")).await;
            }
            t.clock.advance_ms(DAY_MS);
        }
        let now = lotse::clock::Clock::now_ms(t.clock.as_ref());
        let mut counts = BTreeSet::new();
        for period in std::iter::once(String::new()).chain((1..=23).map(|n| format!("{n} Tage"))) {
            let (text, _) = in_strategy_room(&t, &format!("!bericht {period}")).await;
            let asked = lotse::reports::period::parse(&period, now, chrono_tz::Europe::Berlin).unwrap();
            let (line, decided) = decision_line_from_rows(&t, asked.period.from_ms, now).await;
            counts.insert(decided);
            assert!(
                text.contains(&line),
                "{line:?} for {period:?} on {}:\n{text}",
                t.backend
            );
        }
        assert_eq!(
            counts.into_iter().collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5],
            "periods with each number of decided ideas on {}",
            t.backend
        );
    }
}

#[tokio::test]
async fn the_tallies_count_the_ideas_supports_and_decisions_stored_before_them() {
    // Ideas 1 and 2 in the first week, 3 and the second support in the second (604,800,000 ms).
    let seed = [
        "INSERT INTO ideas (title, description, department, benefit, author, status, room_id, created_at, updated_at) \
         VALUES ('Urlaubsanträge digital', '', 'Personal', '', '@carla:example.org', 'in-pruefung', '!dept:example.org', 1000, 1000)",
        "INSERT INTO ideas (title, description, department, benefit, author, status, room_id, created_at, updated_at) \
         VALUES ('Protokolle zusammenfassen', '', 'Personal', '', '@carla:example.org', 'eingereicht', '!dept:example.org', 2000, 2000)",
        "INSERT INTO ideas (title, description, department, benefit, author, status, room_id, created_at, updated_at) \
         VALUES ('Post vorsortieren', '', 'Bauamt', '', '@ben:example.org', 'eingereicht', '!dept:example.org', 700000000, 700000000)",
        "INSERT INTO idea_supporters (idea_id, user_id, created_at) VALUES (1, '@ben:example.org', 5000)",
        "INSERT INTO idea_supporters (idea_id, user_id, created_at) VALUES (3, '@carla:example.org', 700000001)",
        "INSERT INTO audit_log (actor, action, record_kind, record_ref, detail, created_at) \
         VALUES ('@team:example.org', 'status', 'idea', '1', 'in-pruefung', 90000)",
        "INSERT INTO audit_log (actor, action, record_kind, record_ref, detail, created_at) \
         VALUES ('@team:example.org', 'status', 'idea', '1', 'in-pruefung', 80000)",
    ];
    for t in TestBot::upgraded("0020", &seed).await {
        assert_eq!(t.count(TALLIES_OUT_OF_STEP).await, 0, "on {}", t.backend);
        assert_eq!(t.count("SELECT first_decided_at FROM ideas WHERE id = 1").await, 80000);
        assert_eq!(
            t.count("SELECT CAST(SUM(tally) AS BIGINT) FROM idea_tallies WHERE week = 0")
                .await,
            2,
            "on {}",
            t.backend
        );
        assert_eq!(
            t.count("SELECT tally FROM support_tallies WHERE week = 1").await,
            1,
            "on {}",
            t.backend
        );
        assert_eq!(
            t.count("SELECT tally FROM idea_status_tallies WHERE status = 'eingereicht'")
                .await,
            2
        );
        t.say(ANNA, "!idee Neue Idee nach dem Update").await;
        assert_eq!(
            t.count(TALLIES_OUT_OF_STEP).await,
            0,
            "after a new idea, on {}",
            t.backend
        );
    }
}
