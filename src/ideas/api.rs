//! What the strategy team's capability, which assesses ideas, may use of them: the status
//! vocabulary, how an idea is named in messages and how `#N` is read (and, for the tests, what
//! the report's tallies count). Nothing else of `ideas` is
//! used outside it; the architecture test holds every capability to another one's `api` at most.

pub use super::report::{IDEAS, SUPPORTS};
pub use super::status::{ALL_STATUSES, Status, WITHDRAWN, label_of};
pub use super::{RECORD_KIND, idea_ref, subject};
