//! The process's log: tracing's formatter writing to stderr through a writer that blanks every
//! Matrix identifier (user, room, alias, event; plain or percent-encoded) in the finished line,
//! whichever crate logged it and in whichever field or message. Only `LOTSE_LOG_SHOW_IDS=1`, for
//! debugging on a test system, turns it off.

use regex::Regex;
use std::io::{self, Write};
use std::sync::LazyLock;
use tracing_subscriber::fmt::MakeWriter;

/// The environment variable that turns redaction off.
pub const SHOW_IDS_VARIABLE: &str = "LOTSE_LOG_SHOW_IDS";

/// Server name: a DNS name or IPv4 address, or an IPv6 literal, with an optional port.
const SERVER: &str = r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+)(?::[0-9]{1,5})?";

static IDENTIFIERS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    let plain = |sigil: &str, local: &str| Regex::new(&format!("{sigil}{local}:{SERVER}")).expect("valid pattern");
    vec![
        (plain("@", r"[A-Za-z0-9._=/+\-]+"), "@[user]"),
        (plain("!", r"[A-Za-z0-9._~\-]+"), "![room]"),
        (plain("#", r"[A-Za-z0-9._=\-]+"), "#[alias]"),
        (plain(r"\$", r"[A-Za-z0-9._~+/=\-]+"), "$[event]"),
        // Room and event ids of newer room versions carry no server name.
        (Regex::new(r"[!$][A-Za-z0-9+/_\-]{40,}").expect("valid pattern"), "[id]"),
        // The same identifiers inside URLs, with a server name or (newer versions) without.
        (
            Regex::new(r"(?i)%(?:21|24)[A-Za-z0-9+/_\-]{40,}").expect("valid pattern"),
            "[id]",
        ),
        (
            Regex::new(r"(?i)%(?:40|21|23|24)[A-Za-z0-9._~=+/\-%]+?%3A[A-Za-z0-9.\-\[\]%]+").expect("valid pattern"),
            "[id]",
        ),
    ]
});

/// `line` with every Matrix identifier replaced by a placeholder naming its kind.
pub fn redact(line: &str) -> String {
    let mut text = line.to_string();
    for (pattern, placeholder) in IDENTIFIERS.iter() {
        if pattern.is_match(&text) {
            text = pattern.replace_all(&text, *placeholder).into_owned();
        }
    }
    text
}

/// Wraps a writer maker so that each log line is redacted before it is written.
#[derive(Debug, Clone)]
pub struct Redacting<M> {
    inner: M,
    enabled: bool,
}

impl<M> Redacting<M> {
    pub fn new(inner: M) -> Redacting<M> {
        let enabled = std::env::var(SHOW_IDS_VARIABLE).map_or(true, |v| v != "1");
        Redacting { inner, enabled }
    }
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Redacting<M> {
    type Writer = LineWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        LineWriter {
            inner: self.inner.make_writer(),
            buffer: Vec::with_capacity(256),
            enabled: self.enabled,
        }
    }
}

/// Collects one formatted event and writes it, redacted, when the formatter lets go of it.
pub struct LineWriter<W: Write> {
    inner: W,
    buffer: Vec<u8>,
    enabled: bool,
}

impl<W: Write> Write for LineWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<W: Write> Drop for LineWriter<W> {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.buffer);
        let text = if self.enabled { redact(&text) } else { text.into_owned() };
        // A log line that cannot be written has nowhere else to go.
        let _ = self.inner.write_all(text.as_bytes());
        let _ = self.inner.flush();
    }
}

/// The production subscriber: `filter` (an EnvFilter directive), formatted lines, redacted, into
/// `writer`. `main` installs it with stderr; the tests with a buffer.
pub fn subscriber<M>(filter: &str, writer: M) -> impl tracing::Subscriber + Send + Sync + 'static
where
    M: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(Redacting::new(writer))
        .finish()
}

/// Installs the production subscriber for the process: `LOTSE_LOG`, else the default filter.
/// Records of the `log` crate (which some libraries use) and panic messages go through it too.
pub fn init() {
    std::panic::set_hook(Box::new(|info| tracing::error!("internal error (panic): {info}")));
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = std::env::var("LOTSE_LOG").unwrap_or_else(|_| super::DEFAULT_LOG_FILTER.to_string());
    // Fails only if a subscriber is already installed, which then keeps logging.
    let _ = subscriber(&filter, io::stderr).try_init();
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn every_kind_of_identifier_is_blanked() {
        let line = "WARN user_id=\"@anna.b:rathaus.example.org\" room=!abc:example.org:8448 \
                    alias=#ki:example.org event=$Zx9_-:example.org new=$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \
                    url=/rooms/%21abc%3Aexample.org/send user=@x:[::1]:8008 \
                    v12=/rooms/%21qxI4IrcaSyDQm9cfAYn7EDFx89wB1ucnHC8lrSG3kQ/event/%24Zx9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let out = redact(line);
        for leaked in [
            "anna",
            "rathaus",
            "abc",
            "ki:",
            "Zx9",
            "aaaaaaaaaa",
            "%21abc",
            "@x:",
            "qxI4I",
        ] {
            assert!(!out.contains(leaked), "{leaked} in {out}");
        }
        assert!(
            out.contains("@[user]") && out.contains("![room]") && out.contains("$[event]"),
            "{out}"
        );
    }

    #[test]
    fn ordinary_text_stays() {
        let line = "INFO sent 3 replies in 12 ms; cost $5 at 10:30, see #3 and !hilfe";
        assert_eq!(redact(line), line);
    }
}
