//! A report as one readable message: a heading with the period, then each section's lines.

use super::period::Asked;
use crate::bot::calendar::{format_date, format_datetime};
use crate::bot::report::{Scope, Section};

pub fn render(scope: &Scope<'_>, asked: &Asked, sections: &[Section]) -> String {
    let tz = scope.settings.timezone;
    let span = match asked.period.from_ms {
        Some(from) => scope.t(
            "report-span",
            &[
                ("from", format_date(from, tz).into()),
                // The period ends before `until_ms`: its last day is the one before.
                ("until", format_date(asked.period.until_ms - 1, tz).into()),
            ],
        ),
        None => scope.t(
            "report-span-open",
            &[("until", format_date(asked.period.until_ms, tz).into())],
        ),
    };
    let mut text = scope.t(
        "report-heading",
        &[
            ("period", asked.name(scope.lang).into()),
            ("span", span.into()),
            ("now", format_datetime(scope.now_ms, tz).into()),
        ],
    );
    for section in sections {
        text.push_str("\n\n");
        text.push_str(&section.heading);
        for line in &section.lines {
            text.push_str("\n• ");
            text.push_str(line);
        }
    }
    text.push_str("\n\n");
    text.push_str(&scope.t("report-footer", &[]));
    text
}
