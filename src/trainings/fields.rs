//! The fields of a training as people write them: level (number or keyword), German date and
//! time in the configured time zone, duration (`90`, `90 min`, `1,5 h`), capacity, Fachbereiche.

use crate::bot::calendar;
use crate::bot::parser::fold_word;
use chrono::NaiveDate;

/// Longest title accepted.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest place or link accepted.
pub const MAX_PLACE_CHARS: usize = 500;
/// Longest list of target Fachbereiche accepted.
pub const MAX_DEPARTMENTS_CHARS: usize = 500;
/// Most seats a training may have.
pub const MAX_CAPACITY: i64 = 1000;
/// Shortest and longest duration in minutes.
pub const MIN_MINUTES: i64 = 5;
pub const MAX_MINUTES: i64 = 24 * 60;
/// How far ahead a training may be planned.
const MAX_YEARS_AHEAD: i64 = 5;

/// The levels of the guideline's qualification: basics for all, advanced for sensitive data and
/// high-risk systems, and role-specific trainings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Basics,
    Advanced,
    Develop,
    Operate,
    Use,
}

pub const LEVELS: [Level; 5] = [
    Level::Basics,
    Level::Advanced,
    Level::Develop,
    Level::Operate,
    Level::Use,
];

impl Level {
    /// The value stored in `trainings.level`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Basics => "grundlagen",
            Level::Advanced => "vertiefung",
            Level::Develop => "entwickeln",
            Level::Operate => "betreiben",
            Level::Use => "nutzen",
        }
    }

    pub fn from_stored(stored: &str) -> Option<Level> {
        LEVELS.into_iter().find(|l| l.as_str() == stored)
    }

    /// Fluent id of the level's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Level::Basics => "training-level-grundlagen",
            Level::Advanced => "training-level-vertiefung",
            Level::Develop => "training-level-entwickeln",
            Level::Operate => "training-level-betreiben",
            Level::Use => "training-level-nutzen",
        }
    }

    /// A level from its number in the list (1–5) or a keyword, German or English.
    pub fn parse(text: &str) -> Option<Level> {
        let text = fold_word(text).replace('-', " ");
        let text = text.trim().trim_end_matches(['.', ')']);
        if let Ok(n) = text.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| LEVELS.get(i).copied());
        }
        let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
        if has(&["grundlage", "basis", "basic", "einfuehrung", "intro"]) {
            Some(Level::Basics)
        } else if has(&["vertief", "sensib", "hochrisiko", "advanced", "high risk"]) {
            Some(Level::Advanced)
        } else if has(&["entwick", "develop"]) {
            Some(Level::Develop)
        } else if has(&["betreib", "betrieb", "operat"]) {
            Some(Level::Operate)
        } else if has(&["nutz", "anwend"]) || ["use", "usage", "users", "using"].contains(&text) {
            Some(Level::Use)
        } else {
            None
        }
    }
}

/// Why a date was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a date and time like `12.03.2027 14:00`.
    Format,
    /// That local time does not exist (clocks are put forward then).
    Skipped,
    /// In the past (or now), or more than a few years ahead.
    OutOfRange,
}

/// `12.03.2027 14:00` (also `12.3.27 9:30`, `12.03.2027, 14 Uhr`, `12.03.2027 14.00`) in `tz`,
/// as UTC milliseconds; it must lie after `now_ms`.
pub fn parse_datetime(text: &str, tz: chrono_tz::Tz, now_ms: i64) -> Result<i64, DateError> {
    let lowered = text.to_lowercase().replace(',', " ");
    let words: Vec<&str> = lowered
        .split_whitespace()
        .filter(|w| !["um", "uhr", "at", "h"].contains(w))
        .collect();
    let [date, time] = words.as_slice() else {
        return Err(DateError::Format);
    };
    let time = time.trim_end_matches("uhr").trim_end_matches('h');
    let date_parts: Vec<&str> = date.trim_end_matches('.').split('.').collect();
    let [day, month, year] = date_parts.as_slice() else {
        return Err(DateError::Format);
    };
    let number = |s: &str, max_len: usize| -> Result<u32, DateError> {
        if s.is_empty() || s.len() > max_len || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(DateError::Format);
        }
        s.parse().map_err(|_| DateError::Format)
    };
    let (day, month) = (number(day, 2)?, number(month, 2)?);
    let year = match year.len() {
        2 => 2000 + number(year, 2)? as i32,
        4 => number(year, 4)? as i32,
        _ => return Err(DateError::Format),
    };
    let (hour, minute) = match time.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (number(h, 2)?, number(m, 2)?),
        Some(_) => return Err(DateError::Format),
        None => (number(time, 2)?, 0),
    };
    let naive = NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .ok_or(DateError::Format)?;
    let ms = calendar::from_local(naive, tz).map_err(|_| DateError::Skipped)?;
    let latest = now_ms.saturating_add(MAX_YEARS_AHEAD * 366 * 24 * 3_600_000);
    if ms <= now_ms || ms > latest {
        return Err(DateError::OutOfRange);
    }
    Ok(ms)
}

/// Minutes from `90`, `90 min`, `1,5 h`, `2 Stunden`, `1:30`; None if unreadable or out of range.
pub fn parse_duration(text: &str) -> Option<i64> {
    let text = fold_word(text).replace(',', ".");
    let text: String = text.split_whitespace().collect();
    let minutes = if let Some((h, m)) = text.split_once(':') {
        let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
        if !(0..60).contains(&m) {
            return None;
        }
        h.checked_mul(60)?.checked_add(m)?
    } else {
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(split);
        let value: f64 = number.parse().ok()?;
        let factor = match unit.trim_end_matches('.') {
            "" | "m" | "min" | "mins" | "minute" | "minuten" | "minutes" => 1.0,
            "h" | "std" | "stunde" | "stunden" | "hour" | "hours" => 60.0,
            _ => return None,
        };
        let minutes = (value * factor).round();
        if !minutes.is_finite() || minutes > MAX_MINUTES as f64 {
            return None;
        }
        minutes as i64
    };
    (MIN_MINUTES..=MAX_MINUTES).contains(&minutes).then_some(minutes)
}

/// `90 min`, or `1,5 h` / `2 h` for whole and half hours (German decimal comma in German).
pub fn format_duration(minutes: i64, lang: crate::bot::i18n::Lang) -> String {
    if minutes >= 60 && minutes % 30 == 0 {
        let hours = minutes as f64 / 60.0;
        let text = if minutes % 60 == 0 {
            format!("{} h", minutes / 60)
        } else {
            format!("{hours:.1} h")
        };
        match lang {
            crate::bot::i18n::Lang::De => text.replace('.', ","),
            crate::bot::i18n::Lang::En => text,
        }
    } else {
        format!("{minutes} min")
    }
}

/// A number of seats from 1 to `MAX_CAPACITY`.
pub fn parse_capacity(text: &str) -> Option<i64> {
    let text = text.trim();
    let digits = text
        .split_whitespace()
        .next()
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 6)?;
    let n: i64 = digits.parse().ok()?;
    (1..=MAX_CAPACITY).contains(&n).then_some(n)
}

/// Target Fachbereiche: comma-separated names, or `-` for none; normalised to `A, B`.
pub fn parse_departments(text: &str) -> String {
    let text = text.trim();
    if text == "-" || text.is_empty() {
        return String::new();
    }
    text.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::calendar::format_datetime;
    use chrono::DateTime;

    const BERLIN: chrono_tz::Tz = chrono_tz::Europe::Berlin;

    fn at(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp_millis()
    }

    #[test]
    fn german_dates_in_the_configured_time_zone() {
        let now = at("2026-09-21T10:00:00Z");
        let winter = at("2027-03-12T13:00:00Z");
        for text in [
            "12.03.2027 14:00",
            "12.3.27 14:00",
            "12.03.2027, 14 Uhr",
            "12.03.2027 14.00",
        ] {
            assert_eq!(parse_datetime(text, BERLIN, now), Ok(winter), "{text}");
        }
        assert_eq!(
            parse_datetime("29.03.2027 09:00", BERLIN, now),
            Ok(at("2027-03-29T07:00:00Z"))
        );
        assert_eq!(parse_datetime("28.03.2027 02:30", BERLIN, now), Err(DateError::Skipped));
        assert_eq!(
            parse_datetime("01.01.2020 10:00", BERLIN, now),
            Err(DateError::OutOfRange)
        );
        for bad in [
            "",
            "morgen",
            "32.01.2027 10:00",
            "12.03.2027",
            "12.03.2027 25:00",
            "1.1.1 1:1",
        ] {
            assert_eq!(parse_datetime(bad, BERLIN, now), Err(DateError::Format), "{bad}");
        }
        assert_eq!(format_datetime(winter, BERLIN), "12.03.2027 14:00");
    }

    #[test]
    fn durations_levels_and_capacities() {
        for (text, minutes) in [
            ("90", 90),
            ("90 min", 90),
            ("1,5 h", 90),
            ("1.5h", 90),
            ("2 Stunden", 120),
            ("1:30", 90),
        ] {
            assert_eq!(parse_duration(text), Some(minutes), "{text}");
        }
        for bad in ["", "abc", "0", "3 Tage", "99999999999999999999 h", "NaN h", "1e400"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
        assert_eq!(format_duration(90, crate::bot::i18n::Lang::De), "1,5 h");
        assert_eq!(format_duration(45, crate::bot::i18n::Lang::De), "45 min");
        assert_eq!(Level::parse("2"), Some(Level::Advanced));
        assert_eq!(Level::parse("Rolle Betreiben"), Some(Level::Operate));
        assert_eq!(
            Level::parse("Vertiefung sensible Daten/Hochrisiko"),
            Some(Level::Advanced)
        );
        assert_eq!(Level::parse("6"), None);
        assert_eq!(parse_capacity("30"), Some(30));
        assert_eq!(parse_capacity("0"), None);
        assert_eq!(parse_departments(" Bauamt ,Bürgerservice;"), "Bauamt, Bürgerservice");
    }
}
