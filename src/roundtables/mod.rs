//! Round tables (PRODUCT.md "Rundtische"): SKELETON, being written.
use crate::bot::context::Ctx;
use anyhow::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackDialog {
    pub choices: Vec<i64>,
    pub text: String,
    pub anonymous: bool,
}

pub async fn round_table(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn list(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn feedback(_ctx: &mut Ctx<'_>, _args: &str) -> Result<()> { Ok(()) }
pub async fn feedback_dialog_answer(_ctx: &mut Ctx<'_>, _state: FeedbackDialog, _body: &str) -> Result<()> { Ok(()) }
pub async fn record_contribution(_ctx: &mut Ctx<'_>, _body: &str) -> Result<bool> { Ok(false) }
pub async fn on_edit(_ctx: &mut Ctx<'_>, _target: &str, _body: &str) -> Result<()> { Ok(()) }
pub async fn on_redaction(_ctx: &mut Ctx<'_>, _target: &str) -> Result<()> { Ok(()) }
