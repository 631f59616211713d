//! Length limits for idea texts; too long input is refused with the limit named.

use crate::bot::context::Ctx;

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 4000;

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

/// True if `text` fits; otherwise replies with the limit.
pub fn text_fits(ctx: &mut Ctx<'_>, text: &str) -> bool {
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        ctx.reply(
            "text-too-long",
            &[("max", MAX_TEXT_CHARS.into()), ("length", length.into())],
        );
        return false;
    }
    true
}
