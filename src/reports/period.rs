//! The period of `!bericht [Zeitraum]`: `2026`, `Q3` (this year) or `Q3 2026`, `30 Tage`,
//! `8 Wochen`, `6 Monate` (up to now), or since the start. German or English words.

use crate::bot::calendar::{days_later, local_date, midnight, months_earlier};
use crate::bot::i18n::Lang;
use crate::bot::report::Period;
use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;

/// A period as asked for, with what its heading says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asked {
    pub period: Period,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SinceStart,
    Year(i32),
    Quarter(u32, i32),
    Days(i64),
    Weeks(i64),
    Months(i64),
}

/// The longest "last N …" that is accepted, in days (ten years).
const MAX_DAYS: i64 = 3660;

/// Reads a period; None if the text is not one.
pub fn parse(text: &str, now_ms: i64, tz: Tz) -> Option<Asked> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let this_year = local_date(now_ms, tz)?.year();
    let since_start = Asked {
        period: Period {
            from_ms: None,
            until_ms: now_ms,
        },
        kind: Kind::SinceStart,
    };
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["gesamt" | "alles" | "insgesamt" | "all" | "total" | "seit" | "since"] => Some(since_start),
        [year] if year.len() == 4 => year_period(year.parse().ok()?, tz),
        [quarter] => quarter_period(quarter_number(quarter)?, this_year, tz),
        [quarter, year] if quarter_number(quarter).is_some() => {
            quarter_period(quarter_number(quarter)?, year.parse().ok()?, tz)
        }
        [year, quarter] if quarter_number(quarter).is_some() => {
            quarter_period(quarter_number(quarter)?, year.parse().ok()?, tz)
        }
        [count, unit] | ["letzte" | "letzten" | "last", count, unit] => last(count.parse().ok()?, unit, now_ms, tz),
        _ => None,
    }
}

fn quarter_number(word: &str) -> Option<u32> {
    let digit = word.strip_prefix('q')?;
    digit.parse().ok().filter(|q| (1..=4).contains(q))
}

fn year_period(year: i32, tz: Tz) -> Option<Asked> {
    if !(2000..=2100).contains(&year) {
        return None;
    }
    Some(Asked {
        period: Period {
            from_ms: Some(midnight(NaiveDate::from_ymd_opt(year, 1, 1)?, tz)?),
            until_ms: midnight(NaiveDate::from_ymd_opt(year + 1, 1, 1)?, tz)?,
        },
        kind: Kind::Year(year),
    })
}

fn quarter_period(quarter: u32, year: i32, tz: Tz) -> Option<Asked> {
    if !(2000..=2100).contains(&year) {
        return None;
    }
    let start = NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)?;
    let end = if quarter == 4 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, quarter * 3 + 1, 1)?
    };
    Some(Asked {
        period: Period {
            from_ms: Some(midnight(start, tz)?),
            until_ms: midnight(end, tz)?,
        },
        kind: Kind::Quarter(quarter, year),
    })
}

fn last(count: i64, unit: &str, now_ms: i64, tz: Tz) -> Option<Asked> {
    // Checked before any arithmetic, so that no number someone types can overflow it.
    if !(1..=MAX_DAYS).contains(&count) {
        return None;
    }
    let (from_ms, kind, days) = match unit {
        "tag" | "tage" | "tagen" | "day" | "days" => (days_later(now_ms, -count, tz), Kind::Days(count), count),
        "woche" | "wochen" | "week" | "weeks" => (days_later(now_ms, -7 * count, tz), Kind::Weeks(count), 7 * count),
        "monat" | "monate" | "monaten" | "month" | "months" => (
            months_earlier(now_ms, u32::try_from(count).ok()?, tz),
            Kind::Months(count),
            31 * count,
        ),
        _ => return None,
    };
    (1..=MAX_DAYS).contains(&days).then_some(Asked {
        period: Period {
            from_ms: Some(from_ms),
            until_ms: now_ms,
        },
        kind,
    })
}

impl Asked {
    /// The period's name for a heading, in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        use crate::bot::i18n::t;
        match self.kind {
            Kind::SinceStart => t(lang, "report-period-start", &[]),
            Kind::Year(year) => t(lang, "report-period-year", &[("year", year.to_string().into())]),
            Kind::Quarter(quarter, year) => t(
                lang,
                "report-period-quarter",
                &[
                    ("quarter", i64::from(quarter).into()),
                    ("year", year.to_string().into()),
                ],
            ),
            Kind::Days(n) => t(lang, "report-period-days", &[("count", n.into())]),
            Kind::Weeks(n) => t(lang, "report-period-weeks", &[("count", n.into())]),
            Kind::Months(n) => t(lang, "report-period-months", &[("count", n.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::calendar::format_datetime;

    const BERLIN: Tz = chrono_tz::Europe::Berlin;
    /// 2026-12-02 10:00 in Berlin.
    const NOW: i64 = 1_796_202_000_000;

    fn bounds(text: &str) -> (Option<String>, String, Kind) {
        let asked = parse(text, NOW, BERLIN).unwrap_or_else(|| panic!("{text:?} is a period"));
        (
            asked.period.from_ms.map(|ms| format_datetime(ms, BERLIN)),
            format_datetime(asked.period.until_ms, BERLIN),
            asked.kind,
        )
    }

    #[test]
    fn years_and_quarters_run_from_local_midnight_to_local_midnight() {
        assert_eq!(format_datetime(NOW, BERLIN), "02.12.2026 10:00");
        assert_eq!(
            bounds("2026"),
            (
                Some("01.01.2026 00:00".into()),
                "01.01.2027 00:00".into(),
                Kind::Year(2026)
            )
        );
        assert_eq!(
            bounds("Q3"),
            (
                Some("01.07.2026 00:00".into()),
                "01.10.2026 00:00".into(),
                Kind::Quarter(3, 2026)
            )
        );
        assert_eq!(bounds("q4 2025").0, Some("01.10.2025 00:00".into()));
        assert_eq!(bounds("q4 2025").1, "01.01.2026 00:00");
        assert_eq!(bounds("2025-Q1").2, Kind::Quarter(1, 2025));
        assert_eq!(bounds("Q2/2026").2, Kind::Quarter(2, 2026));
    }

    #[test]
    fn the_last_days_weeks_and_months_end_now() {
        assert_eq!(
            bounds("30 Tage"),
            (
                Some("02.11.2026 10:00".into()),
                "02.12.2026 10:00".into(),
                Kind::Days(30)
            )
        );
        assert_eq!(bounds("letzte 2 Wochen").0, Some("18.11.2026 10:00".into()));
        assert_eq!(bounds("6 months").0, Some("02.06.2026 10:00".into()));
        assert_eq!(bounds("").2, Kind::SinceStart);
        assert_eq!(bounds("gesamt"), (None, "02.12.2026 10:00".into(), Kind::SinceStart));
    }

    #[test]
    fn anything_else_is_not_a_period() {
        for text in [
            "Q5",
            "0 Tage",
            "30",
            "20000 Tage",
            "1999",
            "morgen",
            "30 Jahre",
            "Q3 20x6",
        ] {
            assert_eq!(parse(text, NOW, BERLIN), None, "{text:?}");
        }
    }
}
