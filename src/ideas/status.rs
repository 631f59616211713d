//! The lifecycle of an idea: its statuses, their spellings, their names, and the table of
//! allowed transitions. The one place that knows the status vocabulary.

/// Stored for an idea its author has withdrawn (not a status the team moves it to).
pub const WITHDRAWN: &str = "zurueckgezogen";

/// Fluent id of the name of a stored status, withdrawn included.
pub fn label_of(stored: &str) -> &'static str {
    Status::from_stored(stored).map_or("status-zurueckgezogen", Status::label_id)
}

/// Status of an idea as the strategy team moves it (the author's "withdrawn" is not one of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Submitted,
    InReview,
    Prioritised,
    Pilot,
    Live,
    Deferred,
    Rejected,
}

pub const ALL_STATUSES: [Status; 7] = [
    Status::Submitted,
    Status::InReview,
    Status::Prioritised,
    Status::Pilot,
    Status::Live,
    Status::Deferred,
    Status::Rejected,
];

/// Which status may follow which. Anything not listed here is refused.
pub const TRANSITIONS: &[(Status, &[Status])] = &[
    (
        Status::Submitted,
        &[Status::InReview, Status::Deferred, Status::Rejected],
    ),
    (
        Status::InReview,
        &[
            Status::Prioritised,
            Status::Submitted,
            Status::Deferred,
            Status::Rejected,
        ],
    ),
    (
        Status::Prioritised,
        &[Status::Pilot, Status::InReview, Status::Deferred, Status::Rejected],
    ),
    (
        Status::Pilot,
        &[Status::Live, Status::Prioritised, Status::Deferred, Status::Rejected],
    ),
    (Status::Live, &[Status::Pilot, Status::Deferred]),
    (
        Status::Deferred,
        &[Status::InReview, Status::Prioritised, Status::Rejected],
    ),
    (Status::Rejected, &[Status::InReview]),
];

impl Status {
    /// The value stored in `ideas.status`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "eingereicht",
            Status::InReview => "in-pruefung",
            Status::Prioritised => "priorisiert",
            Status::Pilot => "pilot",
            Status::Live => "im-betrieb",
            Status::Deferred => "zurueckgestellt",
            Status::Rejected => "abgelehnt",
        }
    }

    /// Reads a stored status; None for a withdrawn idea or an unknown value.
    pub fn from_stored(value: &str) -> Option<Status> {
        ALL_STATUSES.into_iter().find(|s| s.as_str() == value)
    }

    /// Reads a status as a person writes it: `in-prüfung`, `In Pruefung`, `zurückgestellt`,
    /// `deferred`, `live` … (case, hyphens, spaces and umlaut spellings do not matter).
    pub fn parse(word: &str) -> Option<Status> {
        let key: String = crate::bot::parser::fold_word(word)
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
            .collect();
        let status = match key.as_str() {
            "eingereicht" | "neu" | "submitted" | "new" => Status::Submitted,
            "inpruefung" | "inprufung" | "pruefung" | "prufung" | "inreview" | "review" => Status::InReview,
            "priorisiert" | "prioritaet" | "prioritised" | "prioritized" => Status::Prioritised,
            "pilot" | "piloting" => Status::Pilot,
            "imbetrieb" | "betrieb" | "live" | "inoperation" | "operational" => Status::Live,
            "zurueckgestellt" | "zuruckgestellt" | "deferred" | "onhold" | "postponed" => Status::Deferred,
            "abgelehnt" | "rejected" | "declined" => Status::Rejected,
            _ => return None,
        };
        Some(status)
    }

    /// Fluent id of the status's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Status::Submitted => "status-eingereicht",
            Status::InReview => "status-in-pruefung",
            Status::Prioritised => "status-priorisiert",
            Status::Pilot => "status-pilot",
            Status::Live => "status-im-betrieb",
            Status::Deferred => "status-zurueckgestellt",
            Status::Rejected => "status-abgelehnt",
        }
    }

    /// The statuses that may follow this one.
    pub fn next(self) -> &'static [Status] {
        TRANSITIONS
            .iter()
            .find(|(from, _)| *from == self)
            .map_or(&[], |(_, to)| *to)
    }

    pub fn may_become(self, to: Status) -> bool {
        self.next().contains(&to)
    }

    /// Rejecting or deferring must be explained to the author.
    pub fn needs_reason(self) -> bool {
        matches!(self, Status::Deferred | Status::Rejected)
    }

    /// Use cases in these statuses have an owner and are re-assessed regularly.
    pub fn is_active_use_case(self) -> bool {
        matches!(self, Status::Prioritised | Status::Pilot | Status::Live)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_row_and_never_leads_to_itself() {
        for status in ALL_STATUSES {
            assert_eq!(TRANSITIONS.iter().filter(|(from, _)| *from == status).count(), 1);
            assert!(!status.may_become(status), "{status:?}");
            assert_eq!(Status::from_stored(status.as_str()), Some(status));
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn spellings_with_umlauts_spaces_and_english_are_understood() {
        assert_eq!(Status::parse("in-prüfung"), Some(Status::InReview));
        assert_eq!(Status::parse("In Prüfung"), Some(Status::InReview));
        assert_eq!(Status::parse("zurückgestellt"), Some(Status::Deferred));
        assert_eq!(Status::parse("Im-Betrieb"), Some(Status::Live));
        assert_eq!(Status::parse("prioritized"), Some(Status::Prioritised));
        assert_eq!(Status::parse("vielleicht"), None);
        assert_eq!(Status::from_stored("zurueckgezogen"), None);
    }
}
