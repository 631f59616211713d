//! User-visible texts: Project Fluent bundles built once from every capability's prompts/de and
//! prompts/en files.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The languages Lotse speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_lowercase().as_str() {
            "de" | "deutsch" | "german" => Some(Lang::De),
            "en" | "englisch" | "english" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

/// The Fluent sources of every capability in `lang`; embedded, so the binary needs no files at
/// run time.
fn sources(lang: &str) -> impl Iterator<Item = &'static str> + '_ {
    super::registry::all()
        .iter()
        .flat_map(|c| c.prompts.iter())
        .filter(move |(l, _)| *l == lang)
        .map(|(_, source)| *source)
}

type Bundle = fluent_bundle::bundle::FluentBundle<FluentResource, intl_memoizer::concurrent::IntlLangMemoizer>;

struct Bundles {
    de: Bundle,
    en: Bundle,
}

fn build(code: &str) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = code.parse().expect("static language code");
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for source in sources(code) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("prompts/{code} has Fluent syntax errors: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("prompts/{code} defines a message twice: {errors:?}"));
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        de: build("de"),
        en: build("en"),
    })
}

/// Arguments for a message: name and value (text or number).
pub type Args<'a> = [(&'a str, Arg)];

#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as i64)
    }
}

/// The text of message `id` in `lang`; a missing id yields the id itself (a test forbids that).
pub fn t(lang: Lang, id: &str, args: &Args<'_>) -> String {
    let bundles = bundles();
    let bundle = match lang {
        Lang::De => &bundles.de,
        Lang::En => &bundles.en,
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        tracing::error!(id, "missing text in prompts/");
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Message ids defined for `lang`, for the consistency test.
pub fn message_ids(lang: &str) -> Vec<String> {
    let mut ids = vec![];
    for source in sources(lang) {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids
}
