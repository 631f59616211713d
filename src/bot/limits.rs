//! Limits for what people write: titles 200 characters, other texts 4,000 unless a capability
//! says otherwise, and a title must show something; what fails is refused with the reason named.

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

/// True if `title` shows at least one visible character; otherwise replies that nothing would be
/// seen of it (a title of zero-width spaces would stand in every list as a blank line).
pub fn title_visible(ctx: &mut Ctx<'_>, title: &str) -> bool {
    if is_invisible(title) {
        ctx.reply("title-invisible", &[]);
        return false;
    }
    true
}

/// True if `text` consists only of whitespace and characters that are not drawn.
pub fn is_invisible(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || is_undrawn(c))
}

/// Format characters, fillers and selectors that render as nothing.
fn is_undrawn(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::is_invisible;

    #[test]
    fn zero_width_and_fillers_are_invisible_letters_are_not() {
        assert!(is_invisible("\u{200B}\u{200B} \u{FEFF}\u{3164}\t"));
        assert!(is_invisible(""));
        assert!(!is_invisible("\u{200B}a"));
        assert!(!is_invisible("🙂"));
    }
}
