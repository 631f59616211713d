//! Lotse: a Matrix bot that helps a municipal administration build and run its AI strategy.

pub mod bot;
pub mod clock;
pub mod config;
pub mod ideas;
pub mod matrix;
pub mod reminders;
pub mod store;
pub mod team;
