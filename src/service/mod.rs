//! Running Lotse as a service: Prometheus metrics (`metrics`), the health verdict (`health`), the
//! small HTTP endpoint that serves both (`http`), the online backup (`backup`), and the malloc
//! setting of the process (`allocator`). Metrics are off unless `[metrics]` is configured; until
//! then every counting call costs nothing.

pub mod allocator;
pub mod backup;
pub mod health;
pub mod http;
pub mod metrics;
