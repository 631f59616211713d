//! Trainings (PRODUCT.md "Schulungen"): SKELETON, being written.
use crate::bot::context::Ctx;
use anyhow::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingDialog {}

pub async fn training(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn list(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn sign_up(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn sign_off(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn mine(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn attendance(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn literacy(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn dialog_answer(_ctx: &mut Ctx<'_>, _state: TrainingDialog, _body: &str) -> Result<()> { Ok(()) }
