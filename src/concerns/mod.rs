//! Concerns (PRODUCT.md "Bedenken"): SKELETON, being written.
use crate::bot::context::Ctx;
use anyhow::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConcernDialog {}

pub async fn concern(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn read_answer(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn dialog_answer(_ctx: &mut Ctx<'_>, _state: ConcernDialog, _body: &str) -> Result<()> { Ok(()) }
