//! Lotse: a Matrix bot that helps a municipal administration build and run its AI strategy.

pub mod bot;
pub mod clock;
pub mod concerns;
pub mod config;
pub mod ideas;
pub mod matrix;
pub mod personal_data;
pub mod reminders;
pub mod roundtables;
pub mod store;
pub mod team;
pub mod trainings;
