//! Settings of the capabilities: each one that has settings declares a section of the
//! configuration file (its keys, and how to read and check it), and finds its typed settings
//! again with `Settings::feature::<T>()`. The core never names one of these types.

use crate::config::KeyKind;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

/// A capability's section of the configuration file, e.g. `[scoring]`.
pub struct Section {
    pub name: &'static str,
    /// Its keys with their kind, for `LOTSE_<SECTION>_<KEY>` environment overrides.
    pub keys: &'static [(&'static str, KeyKind)],
    /// Reads and checks the section (`None`: the file has none, so every default holds). An
    /// error names the key as `section.key` and what is expected.
    pub load: fn(Option<&toml::Value>) -> anyhow::Result<Feature>,
}

/// One capability's typed settings.
#[derive(Clone)]
pub struct Feature(Arc<dyn Any + Send + Sync>);

impl Feature {
    pub fn new<T: Any + Send + Sync>(settings: T) -> Feature {
        Feature(Arc::new(settings))
    }
}

/// The typed settings of every capability, by type.
#[derive(Clone)]
pub struct Features(HashMap<TypeId, Feature>);

impl std::fmt::Debug for Features {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Features({} sections)", self.0.len())
    }
}

impl Features {
    /// Every registered section read from `table` (the sections of the configuration file that
    /// belong to capabilities).
    pub fn load(table: &toml::Table) -> anyhow::Result<Features> {
        let mut features = Features(HashMap::new());
        for section in super::registry::all().iter().filter_map(|c| c.settings.as_ref()) {
            features.insert((section.load)(table.get(section.name))?);
        }
        Ok(features)
    }

    /// Every registered section with its defaults.
    pub fn defaults() -> Features {
        Features::load(&toml::Table::new()).expect("every capability's defaults are valid")
    }

    /// Sets (or replaces) one capability's settings.
    pub fn insert(&mut self, feature: Feature) {
        let type_id = (*feature.0).type_id();
        self.0.insert(type_id, feature);
    }

    /// The settings of type `T`. Panics if no capability declares a section that yields `T`: a
    /// mistake in the code (a capability reading settings it did not declare), never in input;
    /// the core tests run every command and reminder, so they meet it first.
    pub fn get<T: Any + Send + Sync>(&self) -> &T {
        self.0
            .get(&TypeId::of::<T>())
            .and_then(|f| f.0.downcast_ref::<T>())
            .unwrap_or_else(|| panic!("no settings section declares {}", std::any::type_name::<T>()))
    }
}

/// Reads a section into its serde type: absent means all defaults; an error names the section.
pub fn parse_section<T: serde::de::DeserializeOwned + Default>(
    name: &str,
    value: Option<&toml::Value>,
) -> anyhow::Result<T> {
    match value {
        None => Ok(T::default()),
        Some(value) => value
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| anyhow::anyhow!("configuration error in [{name}]: {}", e.message())),
    }
}
