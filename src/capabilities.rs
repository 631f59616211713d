//! The one list of capabilities. Adding one is its folder, a line here, its migrations and its
//! prompts; the order is the order of `!hilfe`.

use crate::bot::registry::Capability;

pub const ALL: &[&Capability] = &[
    &crate::bot::general::CAPABILITY,
    &crate::ideas::CAPABILITY,
    &crate::team::CAPABILITY,
    &crate::roundtables::CAPABILITY,
    &crate::concerns::CAPABILITY,
    &crate::trainings::CAPABILITY,
    &crate::privacy::CAPABILITY,
];
