//! Calendar arithmetic and date formatting in the configured time zone: the one place that
//! knows how a local date moves and how a local time that a clock change skips or repeats is read.
//!
//! The rule, for every computed time: "N days/months later (or before)" keeps the local date
//! arithmetic and the local wall-clock time. A local time that exists twice (clocks go back) is
//! the earlier of the two; one that does not exist (clocks go forward) is read as the same time
//! after the gap, i.e. as many minutes past the gap's end as it was past its start (02:30 on the
//! last Sunday of March in Berlin becomes 03:30 CEST). A time a person types is not computed:
//! `from_local` reports a skipped one so that the person can be asked again.

use chrono::{DateTime, Days, LocalResult, Months, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

pub const HOUR_MS: i64 = 60 * 60 * 1000;
pub const DAY_MS: i64 = 24 * HOUR_MS;

/// `ms` as a local date and time in `tz`.
fn local(ms: i64, tz: Tz) -> Option<NaiveDateTime> {
    DateTime::<Utc>::from_timestamp_millis(ms).map(|d| d.with_timezone(&tz).naive_local())
}

/// The instant of local time `naive` in `tz`, under the rule above.
fn resolve(naive: NaiveDateTime, tz: Tz) -> Option<i64> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Some(at.timestamp_millis()),
        LocalResult::None => {
            // Skipped: the offset before the gap applies, which lands as far past its end. A day
            // earlier is before any gap (the longest skipped one day: Samoa, 2011).
            let before = tz
                .from_local_datetime(&(naive - chrono::Duration::hours(24)))
                .earliest()?;
            let offset_ms = i64::from(before.offset().fix().local_minus_utc()) * 1000;
            Some(naive.and_utc().timestamp_millis() - offset_ms)
        }
    }
}

/// A local time that does not exist that day: the clocks skip it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skipped;

/// A time a person typed, as an instant; `Skipped` if clocks skip it that day (ask again).
pub fn from_local(naive: NaiveDateTime, tz: Tz) -> Result<i64, Skipped> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.timestamp_millis()),
        LocalResult::None => Err(Skipped),
    }
}

/// `days` calendar days after `ms` (before, if negative), same local time in `tz`.
pub fn days_later(ms: i64, days: i64, tz: Tz) -> i64 {
    let fallback = ms.saturating_add(days.saturating_mul(DAY_MS));
    let Some(now) = local(ms, tz) else {
        return fallback;
    };
    let shifted = if days >= 0 {
        now.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        now.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    shifted.and_then(|d| resolve(d, tz)).unwrap_or(fallback)
}

/// `months` calendar months after `ms`, same local date (or the month's last day) and time in `tz`.
pub fn months_later(ms: i64, months: u32, tz: Tz) -> i64 {
    let fallback = ms.saturating_add(i64::from(months) * 30 * DAY_MS);
    local(ms, tz)
        .and_then(|now| now.checked_add_months(Months::new(months)))
        .and_then(|d| resolve(d, tz))
        .unwrap_or(fallback)
}

/// `months` calendar months before `ms`, same local date (or the month's last day) and time in `tz`.
pub fn months_earlier(ms: i64, months: u32, tz: Tz) -> i64 {
    let fallback = ms.saturating_sub(i64::from(months) * 30 * DAY_MS);
    local(ms, tz)
        .and_then(|now| now.checked_sub_months(Months::new(months)))
        .and_then(|d| resolve(d, tz))
        .unwrap_or(fallback)
}

/// The local date `ms` falls on in `tz`.
pub fn local_date(ms: i64, tz: Tz) -> Option<chrono::NaiveDate> {
    local(ms, tz).map(|d| d.date())
}

/// Local midnight of `date` in `tz` (the first instant of that day).
pub fn midnight(date: chrono::NaiveDate, tz: Tz) -> Option<i64> {
    resolve(date.and_hms_opt(0, 0, 0)?, tz)
}

/// A date as people write it (`12.03.2027`, `12.3.27`, `2027-03-12`, `heute`/`today`), as local
/// midnight in `tz`; None if it is not one.
pub fn parse_date(text: &str, tz: Tz, now_ms: i64) -> Option<i64> {
    let text = text.trim().trim_end_matches('.');
    if ["heute", "today"].contains(&text.to_lowercase().as_str()) {
        return Some(start_of_day(now_ms, tz));
    }
    let parts: Vec<&str> = text.split(['.', '-']).collect();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    if parts.len() != 3 || !parts.iter().all(|p| digits(p)) {
        return None;
    }
    let (year, month, day) = if text.contains('-') {
        (parts[0], parts[1], parts[2])
    } else {
        (parts[2], parts[1], parts[0])
    };
    let year: i32 = match year.len() {
        2 => 2000 + year.parse::<i32>().ok()?,
        4 => year.parse().ok()?,
        _ => return None,
    };
    let date = chrono::NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)?;
    midnight(date, tz)
}

/// Local midnight in `tz` of the day `ms` falls on.
pub fn start_of_day(ms: i64, tz: Tz) -> i64 {
    let utc_midnight = ms - ms.rem_euclid(DAY_MS);
    local(ms, tz)
        .and_then(|d| d.date().and_hms_opt(0, 0, 0))
        .and_then(|midnight| resolve(midnight, tz))
        .unwrap_or(utc_midnight)
}

fn format(ms: i64, tz: Tz, pattern: &str) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|d| d.with_timezone(&tz).format(pattern).to_string())
        .unwrap_or_default()
}

/// `12.03.2027`.
pub fn format_date(ms: i64, tz: Tz) -> String {
    format(ms, tz, "%d.%m.%Y")
}

/// `12.03.2027 14:00`.
pub fn format_datetime(ms: i64, tz: Tz) -> String {
    format(ms, tz, "%d.%m.%Y %H:%M")
}

/// `14:00`.
pub fn format_time(ms: i64, tz: Tz) -> String {
    format(ms, tz, "%H:%M")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn dates_are_read_as_people_write_them() {
        let now = at(2026, 12, 2, 15, 30).and_utc().timestamp_millis();
        let midnight_of = |y, m, d| midnight(NaiveDate::from_ymd_opt(y, m, d).unwrap(), BERLIN);
        for text in ["12.03.2027", "12.3.27", "2027-03-12", " 12.03.2027. "] {
            assert_eq!(parse_date(text, BERLIN, now), midnight_of(2027, 3, 12), "{text}");
        }
        assert_eq!(parse_date("Heute", BERLIN, now), Some(start_of_day(now, BERLIN)));
        for text in ["31.02.2027", "12.03", "morgen", "12.03.202", "1.1.-5", ""] {
            assert_eq!(parse_date(text, BERLIN, now), None, "{text}");
        }
    }

    const BERLIN: Tz = chrono_tz::Europe::Berlin;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        from_local(at(y, m, d, h, min), BERLIN).unwrap()
    }

    #[test]
    fn days_keep_the_local_time_across_both_clock_changes() {
        // Clocks go forward on 2027-03-28 and back on 2027-10-31.
        let before_spring = berlin(2027, 3, 27, 14, 0);
        assert_eq!(
            format_datetime(days_later(before_spring, 1, BERLIN), BERLIN),
            "28.03.2027 14:00"
        );
        assert_eq!(days_later(before_spring, 1, BERLIN) - before_spring, 23 * HOUR_MS);
        let after_autumn = berlin(2027, 11, 1, 9, 30);
        assert_eq!(
            format_datetime(days_later(after_autumn, -2, BERLIN), BERLIN),
            "30.10.2027 09:30"
        );
        assert_eq!(after_autumn - days_later(after_autumn, -2, BERLIN), 49 * HOUR_MS);
    }

    #[test]
    fn a_skipped_time_lands_as_far_past_the_gap_and_a_repeated_one_is_the_earlier() {
        let day_before = berlin(2027, 3, 27, 2, 30);
        assert_eq!(
            format_datetime(days_later(day_before, 1, BERLIN), BERLIN),
            "28.03.2027 03:30"
        );
        assert_eq!(from_local(at(2027, 3, 28, 2, 30), BERLIN), Err(Skipped));
        let repeated = days_later(berlin(2027, 10, 30, 2, 30), 1, BERLIN);
        assert_eq!(format_datetime(repeated, BERLIN), "31.10.2027 02:30");
        assert_eq!(
            repeated,
            DateTime::parse_from_rfc3339("2027-10-31T02:30:00+02:00")
                .unwrap()
                .timestamp_millis(),
            "the first 02:30, still summer time"
        );
    }

    #[test]
    fn the_rule_holds_west_of_greenwich_and_for_a_half_hour_gap() {
        let new_york: Tz = chrono_tz::America::New_York;
        let day_before = from_local(at(2027, 3, 13, 2, 30), new_york).unwrap();
        assert_eq!(
            format_datetime(days_later(day_before, 1, new_york), new_york),
            "14.03.2027 03:30"
        );
        let lord_howe: Tz = chrono_tz::Australia::Lord_Howe;
        let day_before = from_local(at(2027, 10, 2, 2, 15), lord_howe).unwrap();
        assert_eq!(
            format_datetime(days_later(day_before, 1, lord_howe), lord_howe),
            "03.10.2027 02:45"
        );
    }

    #[test]
    fn months_keep_the_local_time_and_clamp_to_the_month_end() {
        let winter = berlin(2027, 1, 15, 10, 0);
        assert_eq!(
            format_datetime(months_later(winter, 6, BERLIN), BERLIN),
            "15.07.2027 10:00"
        );
        let end_of_month = berlin(2027, 8, 31, 8, 0);
        assert_eq!(format_date(months_later(end_of_month, 6, BERLIN), BERLIN), "29.02.2028");
        let skipped = months_later(berlin(2027, 2, 28, 2, 30), 1, BERLIN);
        assert_eq!(format_datetime(skipped, BERLIN), "28.03.2027 03:30");
    }

    #[test]
    fn start_of_day_is_local_midnight() {
        let afternoon = berlin(2027, 3, 28, 15, 0);
        assert_eq!(
            format_datetime(start_of_day(afternoon, BERLIN), BERLIN),
            "28.03.2027 00:00"
        );
        assert_eq!(
            start_of_day(start_of_day(afternoon, BERLIN), BERLIN),
            start_of_day(afternoon, BERLIN)
        );
    }

    fn utc(text: &str) -> i64 {
        DateTime::parse_from_rfc3339(text).unwrap().timestamp_millis()
    }

    #[test]
    fn six_months_keep_the_local_time_across_daylight_saving() {
        let berlin = chrono_tz::Europe::Berlin;
        // 15 January 10:00 CET → 15 July 10:00 CEST.
        let later = months_later(utc("2027-01-15T09:00:00Z"), 6, berlin);
        assert_eq!(later, utc("2027-07-15T08:00:00Z"));
        assert_eq!(format_date(later, berlin), "15.07.2027");
        // 31 August → end of February.
        let later = months_later(utc("2027-08-31T10:00:00Z"), 6, berlin);
        assert_eq!(format_date(later, berlin), "29.02.2028");
        // Late evening UTC is already the next day in Berlin.
        assert_eq!(format_date(utc("2027-03-11T23:30:00Z"), berlin), "12.03.2027");
    }

    #[test]
    fn start_of_day_of_an_instant_is_that_days_local_midnight() {
        let tz = chrono_tz::Europe::Berlin;
        // 2026-09-21 14:13:20 Berlin (UTC+2) -> 2026-09-21 00:00 Berlin = 2026-09-20 22:00 UTC.
        let now = 1_790_000_000_000;
        let day = start_of_day(now, tz);
        let local = DateTime::<Utc>::from_timestamp_millis(day).unwrap().with_timezone(&tz);
        assert_eq!(local.format("%Y-%m-%d %H:%M:%S").to_string(), "2026-09-21 00:00:00");
        assert_eq!(start_of_day(day, tz), day);
        assert!(now - day < 24 * 60 * 60 * 1000);
    }
}
