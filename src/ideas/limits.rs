//! The idea title limit; too long input is refused with the limit named.

use crate::bot::context::Ctx;
use crate::bot::limits::MAX_TITLE_CHARS;

/// True if `title` fits; otherwise replies with the limit.
pub fn title_fits(ctx: &mut Ctx<'_>, title: &str) -> bool {
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
