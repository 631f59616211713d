//! Counts of rows by a time column over a span, read from weekly tallies that triggers keep
//! (a capability's migration) plus the rows themselves in the span's partial weeks at either
//! end: a report over years sums a few hundred tallies instead of counting every row.

/// A week in milliseconds: the tallies' unit. Each tally's `week` is the rows' time divided by
/// this, in the triggers that keep it as here (times are never negative, so SQL's truncating
/// division and `div_euclid` agree).
pub const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;

/// A table whose rows are tallied by week.
pub struct Tallied {
    /// The tallies: `week`, the group columns, `tally`.
    pub tallies: &'static str,
    /// The rows, with the time column and the same group columns.
    pub rows: &'static str,
    pub time: &'static str,
    /// Columns to count by (may be empty: one count).
    pub groups: &'static [&'static str],
}

impl Tallied {
    /// A statement selecting the group columns and `CAST(SUM(n) AS BIGINT)`: how many rows
    /// with `time` in `[from, until)` (no lower bound when `from` is None) each group has;
    /// groups with none left out. Only numbers computed here go into the text.
    pub fn counts_sql(&self, from: Option<i64>, until: i64) -> String {
        let groups = self.groups.join(", ");
        let with_groups = |n: &str| {
            if groups.is_empty() {
                n.to_string()
            } else {
                format!("{groups}, {n}")
            }
        };
        let rows = |lo: i64, hi: i64| {
            format!(
                "SELECT {} FROM {} WHERE {time} >= {lo} AND {time} < {hi}",
                with_groups("1 AS n"),
                self.rows,
                time = self.time
            )
        };
        let mut parts = Vec::new();
        // Whole weeks: from the first that starts at or after `from` to the last that ends at
        // or before `until`.
        let first_whole = from.map(|f| f.div_euclid(WEEK_MS) + i64::from(f.rem_euclid(WEEK_MS) != 0));
        let end_whole = until.div_euclid(WEEK_MS);
        match first_whole {
            Some(first) if first >= end_whole => parts.push(rows(from.unwrap_or(i64::MIN), until)),
            _ => {
                let lower = first_whole.map_or(String::new(), |first| format!("week >= {first} AND "));
                parts.push(format!(
                    "SELECT {} FROM {} WHERE {lower}week < {end_whole}",
                    with_groups("tally AS n"),
                    self.tallies
                ));
                if let (Some(from), Some(first)) = (from, first_whole)
                    && from < first * WEEK_MS
                {
                    parts.push(rows(from, first * WEEK_MS));
                }
                if end_whole * WEEK_MS < until {
                    parts.push(rows(end_whole * WEEK_MS, until));
                }
            }
        }
        let union = parts.join(" UNION ALL ");
        let sum = "CAST(SUM(n) AS BIGINT)";
        if groups.is_empty() {
            format!("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM ({union}) t")
        } else {
            format!("SELECT {groups}, {sum} FROM ({union}) t GROUP BY {groups} HAVING SUM(n) > 0")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Tallied = Tallied {
        tallies: "t_tallies",
        rows: "t",
        time: "at",
        groups: &["kind"],
    };

    #[test]
    fn an_empty_span_counts_nothing() {
        let sql = T.counts_sql(Some(3 * WEEK_MS), 3 * WEEK_MS);
        assert!(!sql.contains("t_tallies"), "{sql}");
        assert!(sql.contains(&format!("at >= {0} AND at < {0}", 3 * WEEK_MS)), "{sql}");
    }

    #[test]
    fn a_span_within_one_week_reads_the_rows_only() {
        let sql = T.counts_sql(Some(WEEK_MS + 5), WEEK_MS + 10);
        assert!(!sql.contains("t_tallies"), "{sql}");
        assert!(
            sql.contains(&format!("at >= {} AND at < {}", WEEK_MS + 5, WEEK_MS + 10)),
            "{sql}"
        );
    }

    #[test]
    fn whole_weeks_come_from_the_tallies_and_the_edges_from_the_rows() {
        let sql = T.counts_sql(Some(WEEK_MS + 5), 4 * WEEK_MS + 7);
        assert!(sql.contains("week >= 2 AND week < 4"), "{sql}");
        assert!(
            sql.contains(&format!("at >= {} AND at < {}", WEEK_MS + 5, 2 * WEEK_MS)),
            "{sql}"
        );
        assert!(
            sql.contains(&format!("at >= {} AND at < {}", 4 * WEEK_MS, 4 * WEEK_MS + 7)),
            "{sql}"
        );
    }

    #[test]
    fn bounds_on_week_starts_need_no_rows_and_no_start_means_every_week_before() {
        let aligned = T.counts_sql(Some(2 * WEEK_MS), 5 * WEEK_MS);
        assert!(
            aligned.contains("week >= 2 AND week < 5") && !aligned.contains("FROM t WHERE"),
            "{aligned}"
        );
        let open = T.counts_sql(None, 5 * WEEK_MS + 1);
        assert!(open.contains("WHERE week < 5") && !open.contains("week >="), "{open}");
        assert!(
            open.contains(&format!("at >= {} AND at < {}", 5 * WEEK_MS, 5 * WEEK_MS + 1)),
            "{open}"
        );
    }
}
