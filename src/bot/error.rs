//! The core's error, as the transport needs to see it: try the event again later (the database
//! is busy or away), or never (this event fails the same way every time).

/// Why an event could not be committed. Nothing of it was.
#[derive(Debug)]
pub enum CoreError {
    /// A passing condition: the database is busy, unreachable, or asked for a retry.
    Transient(anyhow::Error),
    /// The database answered and refused the data, or stored data could not be read.
    Rejected(anyhow::Error),
}

impl CoreError {
    pub fn is_rejected(&self) -> bool {
        matches!(self, CoreError::Rejected(_))
    }
}

impl From<anyhow::Error> for CoreError {
    fn from(error: anyhow::Error) -> CoreError {
        if crate::store::refuses_the_data(&error) {
            CoreError::Rejected(error)
        } else {
            CoreError::Transient(error)
        }
    }
}

impl std::fmt::Display for CoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (CoreError::Transient(e) | CoreError::Rejected(e)) = self;
        write!(f, "{e:#}")
    }
}

impl std::error::Error for CoreError {}
