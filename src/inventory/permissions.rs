//! Who may do what with the inventory: the strategy team everything; promoters add, read and edit
//! the tools of their own Fachbereich; a tool's owner keeps it up to date (but does not hand it on,
//! move it or postpone its review); every employee reports tools and reads their own reports. The
//! refusals say who can help instead.

use super::queries::Tool;
use crate::bot::access;
use crate::bot::context::Ctx;
use anyhow::Result;

/// The sender as the inventory sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    Team,
    /// Promoter of this Fachbereich.
    Promoter(String),
    Employee,
}

pub async fn viewer(ctx: &mut Ctx<'_>) -> Result<Viewer> {
    if ctx.is_team {
        return Ok(Viewer::Team);
    }
    let sender = ctx.inbound.sender.clone();
    Ok(match access::promoter_department(ctx.tx, &sender).await? {
        Some(department) => Viewer::Promoter(department),
        None => Viewer::Employee,
    })
}

/// Same Fachbereich, regardless of case and surrounding spaces.
pub fn same_department(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Viewer {
    /// The team, a promoter of the tool's Fachbereich, and its owner (whom reviews are asked of).
    pub fn may_edit(&self, tool: &Tool, sender: &str) -> bool {
        self.may_manage(tool) || tool.owner.as_deref() == Some(sender)
    }

    /// The team and a promoter of the tool's Fachbereich: every field, the restricted ones too.
    pub fn may_manage(&self, tool: &Tool) -> bool {
        match self {
            Viewer::Team => true,
            Viewer::Promoter(department) => same_department(department, &tool.department),
            Viewer::Employee => false,
        }
    }

    /// Those who may change it, and whoever reported it.
    pub fn may_read(&self, tool: &Tool, sender: &str) -> bool {
        self.may_edit(tool, sender) || tool.reported_by.as_deref() == Some(sender)
    }

    /// May add entries at all (the team anywhere, a promoter for their Fachbereich).
    pub fn may_add(&self) -> bool {
        !matches!(self, Viewer::Employee)
    }
}

/// Replies why the sender may not change entry `tool`, naming who can.
pub fn refuse_edit(ctx: &mut Ctx<'_>, tool: &Tool) {
    if tool.department.is_empty() {
        ctx.reply("tool-edit-refused-team", &[("id", tool.id.into())]);
    } else {
        let department = tool.department.clone();
        ctx.reply(
            "tool-edit-refused",
            &[("id", tool.id.into()), ("department", department.into())],
        );
    }
}
