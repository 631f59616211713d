//! The end-to-end test binary: the real `lotse` binary against a real Synapse (see `support`),
//! installed into `.venv` by `scripts/synapse`. One module per area, run alone with a name filter:
//! `scripts/test --test e2e -- rooms::`. All tests share this process, in parallel threads: each
//! has its own Synapse (port, directory), data directory and bot process, and the harness keeps
//! no state across tests but the once-per-process `scripts/synapse install`.

mod support;

mod crash;
mod durability;
mod erasure;
mod ethics;
mod inventory;
mod matrix_adapter;
mod outage;
mod rooms;
mod roundtables;
mod service;
mod synapse_smoke;
mod team;
mod trainings;
mod verification;
