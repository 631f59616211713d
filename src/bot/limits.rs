//! Length limits for what people write: titles 200 characters, other texts 4,000 unless a
//! capability says otherwise; too long input is refused with the limit named.

use super::context::Ctx;

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 4000;

/// True if `text` has at most `max` characters; otherwise replies with the limit and the length.
pub fn text_fits(ctx: &mut Ctx<'_>, text: &str, max: usize) -> bool {
    let length = text.chars().count();
    if length > max {
        ctx.reply("text-too-long", &[("max", max.into()), ("length", length.into())]);
        return false;
    }
    true
}
