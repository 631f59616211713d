//! `!hilfe`: the overview and per-topic help, generated from the command table.

use super::commands::{COMMANDS, TOPICS};
use super::context::Ctx;

pub fn help(ctx: &mut Ctx<'_>, args: &str) {
    let wanted = args.trim().trim_start_matches('!').to_lowercase();
    let topic = TOPICS
        .iter()
        .find(|(name, aliases, _)| *name == wanted || aliases.contains(&wanted.as_str()));
    let command = super::commands::lookup(&wanted);
    let mut text = String::new();
    match (wanted.is_empty(), topic, command) {
        (true, _, _) => {
            text.push_str(&ctx.t("help-intro", &[]));
            for (name, _, heading) in TOPICS {
                text.push_str(&format!("\n\n{}", ctx.t(heading, &[])));
                for spec in COMMANDS.iter().filter(|c| c.topic == *name) {
                    text.push_str(&format!("\n• !{} — {}", spec.name, ctx.t(spec.help_key, &[])));
                }
            }
            text.push_str(&format!("\n\n{}", ctx.t("help-outro", &[])));
        }
        (false, Some((name, _, heading)), _) => {
            text.push_str(&ctx.t(heading, &[]));
            for spec in COMMANDS.iter().filter(|c| c.topic == *name) {
                text.push_str(&format!("\n• !{} — {}", spec.name, ctx.t(spec.help_key, &[])));
            }
            let details = format!("{}-details", heading);
            text.push_str(&format!("\n\n{}", ctx.t(&details, &[])));
        }
        (false, None, Some(spec)) => {
            text.push_str(&format!("!{} — {}", spec.name, ctx.t(spec.help_key, &[])));
        }
        (false, None, None) => {
            let topics = TOPICS.iter().map(|(n, _, _)| *n).collect::<Vec<_>>().join(", ");
            text = ctx.t("help-unknown-topic", &[("topics", topics.into())]);
        }
    }
    ctx.reply_text(text, None);
}
