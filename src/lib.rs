//! Lotse: a Matrix bot that helps a municipal administration build and run its AI strategy.
//! `bot`, `store`, `reminders`, `config`, `service` and `clock` are the core and `matrix` the transport;
//! every other module is a capability, declared here and listed once in `CAPABILITIES`.

pub mod bot;
pub mod clock;
pub mod config;
pub mod matrix;
pub mod reminders;
pub mod service;
pub mod store;

pub mod concerns;
pub mod ethics;
pub mod ideas;
pub mod inventory;
pub mod privacy;
pub mod reports;
pub mod roundtables;
pub mod team;
pub mod trainings;

use bot::registry::Capability;

/// Every capability, in the order `!hilfe` lists their topics. Adding one is its folder, its
/// `pub mod` line above, its line here, its migrations and its prompts files.
pub const CAPABILITIES: &[&Capability] = &[
    &bot::general::CAPABILITY,
    &ideas::CAPABILITY,
    &team::CAPABILITY,
    &roundtables::CAPABILITY,
    &concerns::CAPABILITY,
    &trainings::CAPABILITY,
    &inventory::CAPABILITY,
    &ethics::CAPABILITY,
    &privacy::CAPABILITY,
    &reports::CAPABILITY,
];
