//! The core test binary: the bot without Matrix, over SQLite and, when LOTSE_TEST_POSTGRES_URL is
//! set, PostgreSQL (see `corekit`), plus the configuration, the prompts and hostile input. One
//! module per area, run alone with a name filter: `cargo test --test core -- ideas::`.

mod corekit;

mod access;
mod anonymity;
mod architecture;
mod backup;
mod concerns;
mod concerns_answers;
mod config;
mod erasure;
mod ethics;
mod hostile_input;
mod ideas;
mod ideas_search;
mod inventory;
mod logging;
mod people;
mod prompts;
mod reminders;
mod reports;
mod retention;
mod roundtables;
mod store;
mod team_lifecycle;
mod team_roles;
mod team_scoring;
mod trainings;
mod trainings_reminders;
