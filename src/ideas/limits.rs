//! The idea title's limits: not too long, and something visible; what fails is refused.

use crate::bot::context::Ctx;
use crate::bot::limits::{MAX_TITLE_CHARS, title_visible};

/// True if `title` fits and shows something; otherwise replies with the reason.
pub fn title_fits(ctx: &mut Ctx<'_>, title: &str) -> bool {
    if !title_visible(ctx, title) {
        return false;
    }
    let length = title.chars().count();
    if length > MAX_TITLE_CHARS {
        ctx.reply(
            "idea-title-too-long",
            &[("max", MAX_TITLE_CHARS.into()), ("length", length.into())],
        );
        return false;
    }
    true
}
