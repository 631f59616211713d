//! The `VALUES` list of a multi-row INSERT, with numbered placeholders both backends understand.

use std::fmt::Write;

/// Most rows one multi-row statement carries (keeps the bound values far below either backend's
/// limit on parameters per statement).
pub const ROWS_PER_STATEMENT: usize = 100;

/// `($1, $2), ($3, $4)` for `rows` rows of `columns` values each.
pub fn values_list(rows: usize, columns: usize) -> String {
    let mut sql = String::with_capacity(rows * columns * 5);
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            let separator = if column == 0 { "" } else { ", " };
            // Writing to a String cannot fail.
            let _ = write!(sql, "{separator}${}", row * columns + column + 1);
        }
        sql.push(')');
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::values_list;

    #[test]
    fn numbers_placeholders_row_by_row() {
        assert_eq!(values_list(1, 2), "($1, $2)");
        assert_eq!(values_list(3, 2), "($1, $2), ($3, $4), ($5, $6)");
        assert_eq!(values_list(2, 3), "($1, $2, $3), ($4, $5, $6)");
    }
}
