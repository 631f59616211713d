//! `!meine-daten`: SKELETON, being written.
use crate::bot::context::Ctx;
use anyhow::Result;

pub async fn my_data(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
