//! Lotse: a Matrix bot that helps a municipal administration build and run its AI strategy.
//! `bot`, `store`, `reminders`, `config` and `clock` are the core; every other folder but
//! `matrix` (the transport) is a capability, listed once in `capabilities`.

pub mod bot;
pub mod capabilities;
pub mod clock;
pub mod concerns;
pub mod config;
pub mod ideas;
pub mod matrix;
pub mod privacy;
pub mod reminders;
pub mod roundtables;
pub mod store;
pub mod team;
pub mod trainings;
